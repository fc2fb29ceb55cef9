"use client";

import { useTranslations } from "next-intl";

import type { AssignableCustomer } from "@/lib/customer-assignment/service";

import { fullName } from "./customer-table";
import type { Staged } from "./staged-store";

/** What Save will do, before it does it: each staged choice can be taken back one by one. */
export function PendingChanges({
  toAssign,
  toDeassign,
  disabled,
  undoAssign,
  undoDeassign,
}: {
  toAssign: Staged;
  toDeassign: Staged;
  disabled: boolean;
  undoAssign: (row: AssignableCustomer) => void;
  undoDeassign: (row: AssignableCustomer) => void;
}) {
  const t = useTranslations("customerAssignment");
  if (toAssign.size + toDeassign.size === 0)
    return <p className="mt-4 text-sm text-slate-600">{t("nothingPending")}</p>;
  const list = (testId: string, title: string, staged: Staged, undo: (row: AssignableCustomer) => void) => (
    <section className="mt-4" data-testid={testId}>
      <h2 className="font-semibold">{title}</h2>
      <ul className="mt-2 space-y-1 text-sm">
        {[...staged.values()].map((c) => (
          <li key={c.id} className="flex items-center gap-3" data-testid="pending-row">
            <span>
              {fullName(c)} ({c.email}){c.companyName !== null && ` · ${c.companyName}`}
            </span>
            <button type="button" className="underline disabled:opacity-50" disabled={disabled} onClick={() => undo(c)}>
              {t("undo")}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
  return (
    <>
      {toAssign.size > 0 && list("pending-assign", t("pendingAssign", { count: toAssign.size }), toAssign, undoAssign)}
      {toDeassign.size > 0 &&
        list("pending-deassign", t("pendingDeassign", { count: toDeassign.size }), toDeassign, undoDeassign)}
    </>
  );
}
