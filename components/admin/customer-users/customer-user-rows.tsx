"use client";

import { useTranslations } from "next-intl";

import type { CustomerUserRow } from "@/lib/customer-users/service";

import { RowActions, type RowPermissions } from "./row-actions";

const BASE = "/admin/customer-users";

/**
 * The grid's rows. A client component on purpose: the page then sends each row as its data (a few
 * hundred bytes) rather than as a tree of cells, which made a page of 100 rows slow to render on
 * the server; the HTML is still rendered there, so the rows show before any script runs.
 */
export function CustomerUserRows({
  rows,
  may,
  loginAsRefused,
}: {
  rows: CustomerUserRow[];
  may: RowPermissions;
  loginAsRefused: Record<string, string>;
}) {
  const t = useTranslations("customerUsers");
  const yesNo = (v: boolean) => (v ? t("values.yes") : t("values.no"));
  const moreOptions = t("moreOptions");
  return rows.map((u) => (
    <tr
      key={u.id}
      className="border-b border-slate-100 last:border-0 [&>td]:px-3 [&>td]:py-2"
      data-testid="customer-user-row"
    >
      {u.company !== null && <td>{u.company}</td>}
      <td>{u.firstName}</td>
      <td data-testid="customer-user-last-name">
        <a className="underline" href={`${BASE}/${u.id}`}>
          {u.lastName}
        </a>
      </td>
      <td data-testid="customer-user-email">{u.email}</td>
      <td data-testid="customer-user-enabled">{yesNo(u.enabled)}</td>
      <td data-testid="customer-user-confirmed">{yesNo(u.confirmed)}</td>
      <td>{t(`passwordStatus.${u.passwordStatus}`)}</td>
      <td data-testid="customer-user-locked">{yesNo(u.locked)}</td>
      <td>{u.website}</td>
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
