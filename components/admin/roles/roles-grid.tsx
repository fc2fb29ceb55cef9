import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { GridSearch } from "@/components/ui/grid-search";
import { Notice } from "@/components/ui/notice";
import { GridTable } from "@/components/ui/grid-table";
import { Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";
import type { StaffSession } from "@/lib/identity/staff-session";
import { gridHref } from "@/lib/grid/params";
import { listRoles, type RoleListParams, type RoleSort } from "@/lib/staff-roles/service";
import { formatDate } from "@/lib/i18n/dates";

const BASE = "/admin/roles";
const NOTICES = ["created", "updated", "deleted"] as const;

export async function RolesGrid({ staff, params, notice }: { staff: StaffSession; params: RoleListParams; notice?: string }) {
  const [t, tc, locale, { rows, total }] = await Promise.all([getTranslations("roles"), getTranslations("common"), getLocale(), listRoles(params)]);
  const known = NOTICES.find((n) => n === notice);
  const canEdit = staff.can("users/role/edit");
  const canDelete = staff.can("users/role/delete");
  // a read-only viewer gets no Actions column rather than an empty one
  const hasActions = canEdit || canDelete;
  const sortHeader = (c: RoleSort) => (
    <SortHeader
      label={t(`columns.${c}`)}
      active={params.sort === c}
      dir={params.dir}
      href={gridHref(BASE, params, { sort: c, dir: params.sort === c && params.dir === "asc" ? "desc" : "asc", page: 1 })}
    />
  );

  return (
    <section>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {staff.can("users/role/create") && <ButtonLink href={`${BASE}/new`}>{t("addNew")}</ButtonLink>}
      </div>
      {known && <div className="mt-4"><Notice tone="success">{t(`notice.${known}`)}</Notice></div>}

      <GridSearch base={BASE} params={params} label={t("searchLabel")} button={t("searchButton")} />

      <GridTable
        testId="roles-table"
        columns={hasActions ? 5 : 4}
        empty={rows.length === 0 ? t("empty") : null}
        head={
          <>
            <tr>
              {sortHeader("name")}
              <th scope="col" className="px-3 py-2 text-left font-semibold">{t("columns.rules")}</th>
              <th scope="col" className="px-3 py-2 text-left font-semibold">{t("columns.groups")}</th>
              {sortHeader("createdAt")}
              {hasActions && <th scope="col" className="px-3 py-2 text-left font-semibold">{tc("actions")}</th>}
            </tr>
          </>
        }
      >
        {rows.map((r) => (
          <tr key={r.id} className="border-b border-slate-100 last:border-0" data-testid="role-row">
            <td className="px-3 py-2">{r.name}</td>
            <td className="px-3 py-2">{r.ruleCount}</td>
            <td className="px-3 py-2" data-testid="role-groups">{r.groupCount}</td>
            <td className="px-3 py-2">{formatDate(r.createdAt, locale)}</td>
            {hasActions && (
              <td className="px-3 py-2">
                <div className="flex flex-wrap gap-3">
                  {canEdit && <Link className="underline" href={`${BASE}/${r.id}/edit`}>{t("actions.edit")}</Link>}
                  {canDelete && <Link className="text-red-700 underline" href={`${BASE}/${r.id}/delete`}>{t("actions.delete")}</Link>}
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
