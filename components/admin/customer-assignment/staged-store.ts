"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";

import type { AssignableCustomer } from "@/lib/customer-assignment/service";

export type Staged = Map<string, AssignableCustomer>;
export type StagedChanges = { toAssign: Staged; toDeassign: Staged };

const EVENT = "customer-assignment-staged";
const keyOf = (staffUserId: string) => `customer-assignment:${staffUserId}`;

function subscribe(onChange: () => void) {
  window.addEventListener(EVENT, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener("storage", onChange);
  };
}

function parse(raw: string | null): StagedChanges {
  const map = (rows: unknown) =>
    new Map(
      (Array.isArray(rows) ? (rows as AssignableCustomer[]) : [])
        .filter((r) => typeof r?.id === "string")
        .map((r) => [r.id, r]),
    );
  try {
    const v = raw ? (JSON.parse(raw) as { assign?: unknown; deassign?: unknown }) : {};
    return { toAssign: map(v.assign), toDeassign: map(v.deassign) };
  } catch {
    return { toAssign: new Map(), toDeassign: new Map() };
  }
}

/**
 * The choices staged on the Assign Customers page, kept in this tab's sessionStorage per staff user
 * being edited: searching, paging and changing the page size render new lists (and a search reloads
 * the page), and the choices must outlive all of that until they are saved or discarded. They are
 * only a draft: Save sends the ids, and the server checks every one of them again.
 */
export function useStagedChanges(staffUserId: string) {
  const key = keyOf(staffUserId);
  const raw = useSyncExternalStore(
    subscribe,
    () => sessionStorage.getItem(key),
    () => null,
  );
  const staged = useMemo(() => parse(raw), [raw]);
  // a change applies to what is stored now, never to a render's copy, which a remount may have left stale
  const write = useCallback(
    (change: StagedChanges | null | ((now: StagedChanges) => StagedChanges)) => {
      const next = typeof change === "function" ? change(parse(sessionStorage.getItem(key))) : change;
      if (!next || next.toAssign.size + next.toDeassign.size === 0) sessionStorage.removeItem(key);
      else
        sessionStorage.setItem(
          key,
          JSON.stringify({ assign: [...next.toAssign.values()], deassign: [...next.toDeassign.values()] }),
        );
      window.dispatchEvent(new Event(EVENT));
    },
    [key],
  );
  return { ...staged, write };
}
