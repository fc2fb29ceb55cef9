"use client";

import * as Tabs from "@radix-ui/react-tabs";
import { useTranslations } from "next-intl";
import { useState, useTransition, type ReactNode } from "react";

import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { AssignableCustomer } from "@/lib/customer-assignment/service";
import { saveCustomerAssignmentAction } from "@/lib/customer-assignment/staff-actions";

import { CustomerTable } from "./customer-table";
import { PendingChanges } from "./pending-changes";
import { useStagedChanges, type Staged } from "./staged-store";

export const TABS = ["assigned", "candidates", "changes"] as const;
export type Tab = (typeof TABS)[number];

const toggled = (staged: Staged, row: AssignableCustomer): Staged => {
  const next = new Map(staged);
  if (!next.delete(row.id)) next.set(row.id, row);
  return next;
};

/**
 * Spryker's three tabs over one set of staged choices: they live in the browser (useStagedChanges)
 * across tab switches, searches and pages, and Save sends them all at once, or Discard drops them.
 * Searching and paging are links, rendered on the server.
 */
export function AssignmentEditor({
  staffUserId,
  canEdit,
  initialTab,
  assigned,
  candidates,
  assignedControls,
  candidateControls,
  showCompany,
}: {
  staffUserId: string;
  canEdit: boolean;
  initialTab: Tab;
  assigned: AssignableCustomer[];
  candidates: AssignableCustomer[];
  assignedControls: { search: ReactNode; pager: ReactNode };
  candidateControls: { search: ReactNode; pager: ReactNode };
  /** whether the viewer may view companies: the rows carry no company names otherwise */
  showCompany: boolean;
}) {
  const t = useTranslations("customerAssignment");
  const hydrated = useHydrated();
  const [tab, setTab] = useState<Tab>(initialTab);
  const { toAssign, toDeassign, write } = useStagedChanges(staffUserId);
  const setToAssign = (change: (s: Staged) => Staged) => write((now) => ({ ...now, toAssign: change(now.toAssign) }));
  const setToDeassign = (change: (s: Staged) => Staged) =>
    write((now) => ({ ...now, toDeassign: change(now.toDeassign) }));
  const [error, setError] = useState<string | null>(null);
  const [saving, start] = useTransition();
  const locked = !canEdit || !hydrated || saving;
  const pending = toAssign.size + toDeassign.size;

  // the draft is dropped as the save is sent (a saved page starts afresh) and put back if it is refused
  const save = () =>
    start(async () => {
      setError(null);
      const draft = { toAssign, toDeassign };
      write(null);
      // a saved draft ends in a redirect, which settles this call without a result: only a refusal brings it back
      const res = await saveCustomerAssignmentAction({
        staffUserId,
        assign: [...toAssign.keys()],
        deassign: [...toDeassign.keys()],
      });
      if (res && !res.ok) {
        write(draft);
        setError(res.message);
      }
    });
  const discard = () => {
    setError(null);
    write(null);
  };

  const panel = (id: Tab, children: ReactNode) => (
    <Tabs.Content value={id} forceMount className="data-[state=inactive]:hidden">
      {children}
    </Tabs.Content>
  );

  return (
    <div data-hydrated={hydrated ? "true" : undefined}>
      {!canEdit && <p className="mt-4 text-sm text-slate-600">{t("readOnly")}</p>}
      {error && (
        <div className="mt-4">
          <Notice tone="error" testId="assignment-error">
            {error}
          </Notice>
        </div>
      )}
      <Tabs.Root value={tab} onValueChange={(v) => setTab(v as Tab)}>
        <Tabs.List
          aria-label={t("tabsLabel")}
          className="relative mt-4 flex gap-2 overflow-x-auto border-b border-slate-200"
        >
          {TABS.map((id) => (
            <Tabs.Trigger
              key={id}
              value={id}
              className="-mb-px border-b-2 border-transparent px-3 py-2 text-sm font-medium whitespace-nowrap text-slate-700 data-[state=active]:border-slate-900 data-[state=active]:text-slate-900"
            >
              {t(`tabs.${id}`)}
              {id === "changes" && pending > 0 ? ` (${pending})` : ""}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {panel(
          "assigned",
          <>
            {assignedControls.search}
            <CustomerTable
              testId="assigned-table"
              rows={assigned}
              empty={t("emptyAssigned")}
              labelKey="keep"
              showHolder={false}
              showCompany={showCompany}
              disabled={locked}
              checked={(id) => !toDeassign.has(id)}
              onToggle={(row) => setToDeassign((s) => toggled(s, row))}
            />
            {assignedControls.pager}
          </>,
        )}
        {panel(
          "candidates",
          <>
            {candidateControls.search}
            <CustomerTable
              testId="candidates-table"
              rows={candidates}
              empty={t("emptyCandidates")}
              labelKey="pick"
              showHolder
              showCompany={showCompany}
              disabled={locked}
              checked={(id) => toAssign.has(id)}
              onToggle={(row) => setToAssign((s) => toggled(s, row))}
            />
            {candidateControls.pager}
          </>,
        )}
        {panel(
          "changes",
          <PendingChanges
            toAssign={toAssign}
            toDeassign={toDeassign}
            disabled={locked}
            undoAssign={(row) => setToAssign((s) => toggled(s, row))}
            undoDeassign={(row) => setToDeassign((s) => toggled(s, row))}
          />,
        )}
      </Tabs.Root>
      {canEdit && (
        <div className="mt-6 flex items-center gap-4 border-t border-slate-200 pt-4">
          <Button type="button" disabled={locked || pending === 0} onClick={save}>
            {saving ? t("saving") : t("save")}
          </Button>
          <Button type="button" variant="secondary" disabled={locked || pending === 0} onClick={discard}>
            {t("discard")}
          </Button>
          <span className="text-sm text-slate-600" data-testid="pending-summary">
            {t("pendingAssign", { count: toAssign.size })} · {t("pendingDeassign", { count: toDeassign.size })}
          </span>
        </div>
      )}
    </div>
  );
}
