"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";

import { SelectRowCheckbox } from "@/components/ui/grid-selection";
import type { CustomerUserColumn } from "@/lib/customer-users/params";
import type { CustomerUserRow } from "@/lib/customer-users/service";
import { formatDateTime } from "@/lib/i18n/dates";

import { RowActions, type RowPermissions } from "./row-actions";

const BASE = "/admin/customer-users";
const TEST_IDS: Partial<Record<CustomerUserColumn, string>> = {
  id: "customer-user-id",
  lastName: "customer-user-last-name",
  email: "customer-user-email",
  enabled: "customer-user-enabled",
  confirmed: "customer-user-confirmed",
  locked: "customer-user-locked",
};

/**
 * The grid's rows. A client component on purpose: the page then sends each row as its data (a few
 * hundred bytes) rather than as a tree of cells, which made a page of 100 rows slow to render on
 * the server; the HTML is still rendered there, so the rows show before any script runs.
 */
export function CustomerUserRows({
  rows,
  may,
  loginAsRefused,
  selectable,
  columns,
}: {
  rows: CustomerUserRow[];
  may: RowPermissions;
  loginAsRefused: Record<string, string>;
  selectable?: boolean;
  /** the columns shown, in order (without the company for a viewer who may not view companies) */
  columns: readonly CustomerUserColumn[];
}) {
  const locale = useLocale();
  const t = useTranslations("customerUsers");
  const yesNo = (v: boolean) => (v ? t("values.yes") : t("values.no"));
  const moreOptions = t("moreOptions");
  const href = (u: CustomerUserRow) => `${BASE}/${u.id}`;
  // the full name opens the user: the first name's link is the same one for the mouse, hidden from the tab order
  const cell = (u: CustomerUserRow, c: CustomerUserColumn): ReactNode => {
    switch (c) {
      case "id":
        return u.customerNumber;
      case "company":
        return u.company;
      case "firstName":
        return (
          <a className="underline" href={href(u)} tabIndex={-1} aria-hidden="true">
            {u.firstName}
          </a>
        );
      case "lastName":
        return (
          <a className="underline" href={href(u)} aria-label={`${u.firstName} ${u.lastName}`}>
            {u.lastName}
          </a>
        );
      case "email":
        return u.email;
      case "enabled":
      case "confirmed":
      case "locked":
        return yesNo(u[c]);
      case "passwordStatus":
        return t(`passwordStatus.${u.passwordStatus}`);
      case "website":
        return u.website;
      case "createdAt":
      case "updatedAt":
        return <time dateTime={u[c].toISOString()}>{formatDateTime(u[c], locale)}</time>;
    }
  };
  return rows.map((u) => (
    <tr
      key={u.id}
      className="border-b border-slate-100 last:border-0 [&>td]:px-3 [&>td]:py-2"
      data-testid="customer-user-row"
    >
      {selectable && (
        <td>
          <SelectRowCheckbox id={u.id} label={t("bulk.selectRow", { name: `${u.firstName} ${u.lastName}` })} />
        </td>
      )}
      {columns.map((c) => (
        <td key={c} data-testid={TEST_IDS[c]}>
          {cell(u, c)}
        </td>
      ))}
      <td>
        <RowActions
          id={u.id}
          name={`${u.firstName} ${u.lastName}`}
          companyId={u.companyId}
          enabled={u.enabled}
          locked={u.locked}
          loginAsRefused={loginAsRefused[u.id] ?? null}
          may={may}
          label={moreOptions}
        />
      </td>
    </tr>
  ));
}
