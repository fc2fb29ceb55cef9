import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { GridSearch } from "@/components/ui/grid-search";
import { Notice } from "@/components/ui/notice";
import { GridTable } from "@/components/ui/grid-table";
import { Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";
import type { StaffSession } from "@/lib/identity/staff-session";
import { getCompany, listCompanies, type CompanyListParams, type CompanySort } from "@/lib/companies/service";
import { gridHref } from "@/lib/grid/params";
import { formatDate } from "@/lib/i18n/dates";

const BASE = "/admin/companies";
const NOTICES = ["created", "updated", "deleted"] as const;

export async function CompaniesGrid({ staff, params, notice }: { staff: StaffSession; params: CompanyListParams; notice?: string }) {
  const [t, tc, { rows, total }, parent, locale] = await Promise.all([
    getTranslations("companies"), getTranslations("common"), listCompanies(params, staff.can),
    params.filters.parent ? getCompany(params.filters.parent, staff.can) : null, getLocale(),
  ]);
  // the sales representative is a staff user: a column only for viewers who may view those
  const reps = staff.can("users/user/view");
  const known = NOTICES.find((n) => n === notice);
  const canEdit = staff.can("customers/company/edit");
  const canDelete = staff.can("customers/company/delete");
  const sortHeader = (c: CompanySort) => (
    <SortHeader
      label={t(`columns.${c}`)}
      active={params.sort === c}
      dir={params.dir}
      href={gridHref(BASE, params, { sort: c, dir: params.sort === c && params.dir === "asc" ? "desc" : "asc", page: 1 })}
    />
  );
  const th = (key: string) => <th scope="col" className="px-3 py-2 text-left font-semibold">{t(`columns.${key}`)}</th>;

  return (
    <section>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {staff.can("customers/company/create") && <ButtonLink href={`${BASE}/new`}>{t("addNew")}</ButtonLink>}
      </div>
      {known && <div className="mt-4"><Notice tone="success">{t(`notice.${known}`)}</Notice></div>}

      <GridSearch base={BASE} params={params} label={t("searchLabel")} button={t("searchButton")}>
        {params.filters.parent && <input type="hidden" name="parent" value={params.filters.parent} />}
      </GridSearch>
      {parent && (
        <p className="mt-3 text-sm" data-testid="parent-filter">
          {t("childrenOf", { name: parent.path.join(" › ") })}{" "}
          <Link className="underline" href={gridHref(BASE, params, { filters: { parent: "" }, page: 1 })}>{t("allCompanies")}</Link>
        </p>
      )}

      <GridTable
        testId="companies-table"
        columns={reps ? 8 : 7}
        empty={rows.length === 0 ? t("empty") : null}
        head={
          <>
            <tr>
              {sortHeader("name")}
              {th("parent")}
              {reps && th("salesRep")}
              {th("website")}
              {th("customerGroup")}
              {sortHeader("users")}
              {sortHeader("createdAt")}
              <th scope="col" className="px-3 py-2 text-left font-semibold">{tc("actions")}</th>
            </tr>
          </>
        }
      >
        {rows.map((c) => (
          <tr key={c.id} className="border-b border-slate-100 last:border-0" data-testid="company-row">
            <td className="px-3 py-2" data-testid="company-path">
              {c.path.slice(0, -1).map((n, i) => <span key={i} className="text-slate-500">{n} › </span>)}
              <Link className="font-medium underline" href={`${BASE}/${c.id}`}>{c.name}</Link>
            </td>
            <td className="px-3 py-2">
              {c.parentId ? <Link className="underline" href={`${BASE}/${c.parentId}`}>{c.path.at(-2)}</Link> : <span className="text-slate-500">—</span>}
            </td>
            {reps && <td className="px-3 py-2">{c.salesRep ?? <span className="text-slate-500">—</span>}</td>}
            <td className="px-3 py-2">{c.website}</td>
            <td className="px-3 py-2">{c.customerGroup ?? <span className="text-slate-500">—</span>}</td>
            <td className="px-3 py-2" data-testid="company-users">{c.userCount}</td>
            <td className="px-3 py-2">{formatDate(c.createdAt, locale)}</td>
            <td className="px-3 py-2">
              <div className="flex flex-wrap gap-3">
                {c.childCount > 0 && (
                  <Link className="underline" href={gridHref(BASE, params, { filters: { parent: c.id }, page: 1 })}>
                    {t("actions.subsidiaries", { count: c.childCount })}
                  </Link>
                )}
                {canEdit && <Link className="underline" href={`${BASE}/${c.id}/edit`}>{t("actions.edit")}</Link>}
                {canDelete && <Link className="text-red-700 underline" href={`${BASE}/${c.id}/delete`}>{t("actions.delete")}</Link>}
              </div>
            </td>
          </tr>
        ))}
      </GridTable>
      <Pagination page={params.page} size={params.size} total={total} href={(change) => gridHref(BASE, params, change)} />
    </section>
  );
}
