"use client";

import { useTranslations } from "next-intl";

import type { AssignableCustomer } from "@/lib/customer-assignment/service";

export const fullName = (c: { firstName: string; lastName: string }) => `${c.firstName} ${c.lastName}`;

/**
 * One list of customer users with a checkbox each. `checked` says what Save would leave in place
 * (assigned tab) or add (candidates tab); the holder column names who has a customer user now.
 */
export function CustomerTable({
  testId,
  rows,
  empty,
  checked,
  onToggle,
  disabled,
  labelKey,
  showHolder,
  showCompany,
}: {
  testId: string;
  rows: AssignableCustomer[];
  empty: string;
  checked: (id: string) => boolean;
  onToggle: (row: AssignableCustomer) => void;
  disabled: boolean;
  labelKey: "keep" | "pick";
  showHolder: boolean;
  showCompany: boolean;
}) {
  const t = useTranslations("customerAssignment");
  const columns = 3 + (showHolder ? 1 : 0) + (showCompany ? 1 : 0);
  return (
    <div className="relative mt-4 overflow-x-auto rounded-lg bg-white shadow">
      <table className="min-w-full text-sm" data-testid={testId}>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className="px-3 py-2 text-left font-semibold">
              {t("columns.select")}
            </th>
            <th scope="col" className="px-3 py-2 text-left font-semibold">
              {t("columns.name")}
            </th>
            <th scope="col" className="px-3 py-2 text-left font-semibold">
              {t("columns.email")}
            </th>
            {showCompany && (
              <th scope="col" className="px-3 py-2 text-left font-semibold">
                {t("columns.company")}
              </th>
            )}
            {showHolder && (
              <th scope="col" className="px-3 py-2 text-left font-semibold">
                {t("columns.holder")}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id} className="border-b border-slate-100 last:border-0" data-testid="customer-row">
              <td className="px-3 py-2">
                <input
                  type="checkbox"
                  aria-label={t(labelKey, { name: fullName(c) })}
                  checked={checked(c.id)}
                  disabled={disabled}
                  onChange={() => onToggle(c)}
                />
              </td>
              <td className="px-3 py-2">{fullName(c)}</td>
              <td className="px-3 py-2">{c.email}</td>
              {showCompany && <td className="px-3 py-2">{c.companyName}</td>}
              {showHolder && (
                <td className="px-3 py-2" data-testid="customer-holder">
                  {c.holder ? t("assignedTo", { name: fullName(c.holder) }) : c.held ? t("assignedElsewhere") : "—"}
                </td>
              )}
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns} className="px-3 py-6 text-center text-slate-600">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
