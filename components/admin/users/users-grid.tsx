import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { GridSearch } from "@/components/ui/grid-search";
import { Notice } from "@/components/ui/notice";
import { GridTable } from "@/components/ui/grid-table";
import { Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";
import type { StaffSession } from "@/lib/identity/staff-session";
import { gridHref } from "@/lib/grid/params";
import { STAFF_STATUSES } from "@/lib/staff-users/schema";
import { listUsers, type UserListParams, type UserSort } from "@/lib/staff-users/service";
import { StatusButton } from "./status-button";
import { formatDateTime } from "@/lib/i18n/dates";

const BASE = "/admin/users";
const NOTICES = ["created", "updated", "deleted"] as const;
const COLUMNS: UserSort[] = ["email", "firstName", "lastName", "lastLoginAt", "status", "isAgent"];

export async function UsersGrid({ staff, params, notice }: { staff: StaffSession; params: UserListParams; notice?: string }) {
  const [t, locale, { rows, total }] = await Promise.all([getTranslations("users"), getLocale(), listUsers(params)]);
  const [tg, tc] = await Promise.all([getTranslations("grid"), getTranslations("common")]);
  const known = NOTICES.find((n) => n === notice);
  const canEdit = staff.can("users/user/edit");
  const canDelete = staff.can("users/user/delete");
  const canAssign = staff.can("users/customer-assignment/view");
  // a read-only viewer gets no Actions column rather than an empty one
  const hasActions = canEdit || canDelete || canAssign;

  return (
    <section>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {staff.can("users/user/create") && <ButtonLink href={`${BASE}/new`}>{t("addNew")}</ButtonLink>}
      </div>
      {known && (
        <div className="mt-4">
          <Notice tone="success">{t(`notice.${known}`)}</Notice>
        </div>
      )}

      <GridSearch base={BASE} params={params} label={t("searchLabel")} button={t("searchButton")}>
        <label className="text-sm">
          <span className="font-medium">{t("columns.status")}</span>
          <select name="status" defaultValue={params.filters.status ?? ""} className={inputClass}>
            <option value="">{tg("all")}</option>
            {STAFF_STATUSES.map((s) => (
              <option key={s} value={s}>{t(`status.${s}`)}</option>
            ))}
          </select>
        </label>
      </GridSearch>

      <GridTable
        testId="users-table"
        columns={COLUMNS.length + (hasActions ? 1 : 0)}
        empty={rows.length === 0 ? t("empty") : null}
        head={
          <>
            <tr>
              {COLUMNS.map((c) => (
                <SortHeader
                  key={c}
                  label={t(`columns.${c}`)}
                  active={params.sort === c}
                  dir={params.dir}
                  href={gridHref(BASE, params, { sort: c, dir: params.sort === c && params.dir === "asc" ? "desc" : "asc", page: 1 })}
                />
              ))}
              {hasActions && <th scope="col" className="px-3 py-2 text-left font-semibold">{tc("actions")}</th>}
            </tr>
          </>
        }
      >
        {rows.map((u) => (
          <tr key={u.id} className="border-b border-slate-100 last:border-0" data-testid="user-row">
            <td className="px-3 py-2">{u.email}</td>
            <td className="px-3 py-2">{u.firstName}</td>
            <td className="px-3 py-2">{u.lastName}</td>
            <td className="px-3 py-2">{u.lastLoginAt ? formatDateTime(u.lastLoginAt, locale) : "—"}</td>
            <td className="px-3 py-2" data-testid="user-status">{t(`status.${u.status}`)}</td>
            <td className="px-3 py-2">{u.isAgent && <span aria-hidden="true">✓</span>}{u.isAgent && <span className="sr-only">{tc("yes")}</span>}</td>
            {hasActions && (
              <td className="px-3 py-2">
                <div className="flex flex-wrap gap-3">
                  {canEdit && <Link className="underline" href={`${BASE}/${u.id}/edit`}>{t("actions.edit")}</Link>}
                  {canEdit && (
                    <StatusButton
                      id={u.id}
                      to={u.status === "ACTIVE" ? "DEACTIVATED" : "ACTIVE"}
                      label={u.status === "ACTIVE" ? t("actions.deactivate") : t("actions.activate")}
                    />
                  )}
                  {canAssign && u.status !== "DELETED" && <Link className="underline" href={`${BASE}/${u.id}/customers`}>{t("actions.assignCustomers")}</Link>}
                  {canDelete && u.status !== "DELETED" && <Link className="underline text-red-700" href={`${BASE}/${u.id}/delete`}>{t("actions.delete")}</Link>}
                </div>
              </td>
            )}
          </tr>
        ))}
      </GridTable>
      <Pagination page={params.page} size={params.size} total={total} href={(change) => gridHref(BASE, params, change)} />
    </section>
  );
}
