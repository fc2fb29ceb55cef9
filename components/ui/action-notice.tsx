"use client";

import { usePathname } from "next/navigation";
import { useEffect, useSyncExternalStore } from "react";

import { Notice } from "./notice";

/**
 * The confirmation of an in-place action (unlock, enable, disable...). It lives in the shell, not
 * beside the button: the button often disappears once its action is done (an unlocked user has no
 * Unlock), and its message with it. Cleared when the page changes.
 */
let current: { text: string } | null = null;
const listeners = new Set<() => void>();
const set = (next: { text: string } | null) => {
  current = next;
  listeners.forEach((l) => l());
};
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export const announce = (text: string) => set({ text });

export function ActionNotice() {
  const notice = useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
  const pathname = usePathname();
  useEffect(() => () => set(null), [pathname]);
  return notice ? (
    <div className="mb-4">
      <Notice tone="success" testId="action-notice">
        {notice.text}
      </Notice>
    </div>
  ) : null;
}
