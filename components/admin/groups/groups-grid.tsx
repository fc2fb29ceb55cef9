import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { GridSearch } from "@/components/ui/grid-search";
import { Notice } from "@/components/ui/notice";
import { GridTable } from "@/components/ui/grid-table";
import { Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";
import type { StaffSession } from "@/lib/identity/staff-session";
import { gridHref } from "@/lib/grid/params";
import { listGroups, type GroupListParams, type GroupSort } from "@/lib/staff-groups/service";

const BASE = "/admin/groups";
const NOTICES = ["created", "updated", "deleted"] as const;

export async function GroupsGrid({ staff, params, notice }: { staff: StaffSession; params: GroupListParams; notice?: string }) {
  const [t, tc, { rows, total }] = await Promise.all([getTranslations("groups"), getTranslations("common"), listGroups(params, staff.can)]);
  // the roles' names are roles' data: a column only for viewers who may view roles
  const roles = staff.can("users/role/view");
  const known = NOTICES.find((n) => n === notice);
  const canEdit = staff.can("users/group/edit");
  const canDelete = staff.can("users/group/delete");
  // a read-only viewer gets no Actions column rather than an empty one
  const hasActions = canEdit || canDelete;
  const sortHeader = (c: GroupSort) => (
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
        {staff.can("users/group/create") && <ButtonLink href={`${BASE}/new`}>{t("addNew")}</ButtonLink>}
      </div>
      {known && <div className="mt-4"><Notice tone="success">{t(`notice.${known}`)}</Notice></div>}

      <GridSearch base={BASE} params={params} label={t("searchLabel")} button={t("searchButton")} />

      <GridTable
        testId="groups-table"
        columns={(roles ? 3 : 2) + (hasActions ? 1 : 0)}
        empty={rows.length === 0 ? t("empty") : null}
        head={
          <>
            <tr>
              {sortHeader("name")}
              {roles && <th scope="col" className="px-3 py-2 text-left font-semibold">{t("columns.roles")}</th>}
              {sortHeader("users")}
              {hasActions && <th scope="col" className="px-3 py-2 text-left font-semibold">{tc("actions")}</th>}
            </tr>
          </>
        }
      >
        {rows.map((g) => (
          <tr key={g.id} className="border-b border-slate-100 last:border-0" data-testid="group-row">
            <td className="px-3 py-2">{g.name}</td>
            {g.roles && <td className="px-3 py-2" data-testid="group-roles">{g.roles.length > 0 ? g.roles.join(", ") : <span className="text-slate-500">{t("noRoles")}</span>}</td>}
            <td className="px-3 py-2" data-testid="group-users">{g.userCount}</td>
            {hasActions && (
              <td className="px-3 py-2">
                <div className="flex flex-wrap gap-3">
                  {canEdit && <Link className="underline" href={`${BASE}/${g.id}/edit`}>{t("actions.edit")}</Link>}
                  {canDelete && <Link className="text-red-700 underline" href={`${BASE}/${g.id}/delete`}>{t("actions.delete")}</Link>}
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
