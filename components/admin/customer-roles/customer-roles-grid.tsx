import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { GridSearch } from "@/components/ui/grid-search";
import { GridTable } from "@/components/ui/grid-table";
import { Notice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";
import type { StaffSession } from "@/lib/identity/staff-session";
import { CUSTOMER_ROLE_TYPES, listCustomerRoles, type CustomerRoleListParams, type CustomerRoleSort } from "@/lib/customer-roles/service";
import { gridHref } from "@/lib/grid/params";
import { formatDate } from "@/lib/i18n/dates";

const BASE = "/admin/customer-roles";
const NOTICES = ["created", "updated", "deleted"] as const;

export async function CustomerRolesGrid({ staff, params, notice }: { staff: StaffSession; params: CustomerRoleListParams; notice?: string }) {
  const [t, tc, { rows, total }, locale] = await Promise.all([getTranslations("customerRoles"), getTranslations("common"), listCustomerRoles(params, staff.can), getLocale()]);
  // the owning company: a column and a filter only for viewers who may view companies
  const companies = staff.can("customers/company/view");
  const known = NOTICES.find((n) => n === notice);
  const canEdit = staff.can("customers/customer-role/edit");
  const canDelete = staff.can("customers/customer-role/delete");
  const sortHeader = (c: CustomerRoleSort) => (
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
        {staff.can("customers/customer-role/create") && <ButtonLink href={`${BASE}/new`}>{t("addNew")}</ButtonLink>}
      </div>
      {known && <div className="mt-4"><Notice tone="success">{t(`notice.${known}`)}</Notice></div>}

      <GridSearch base={BASE} params={params} label={t("searchLabel")} button={t("searchButton")}>
        <label className="text-sm">
          <span className="font-medium">{t("filters.type")}</span>
          <select name="type" defaultValue={params.filters.type ?? ""} className={inputClass}>
            <option value="">{t("filters.allTypes")}</option>
            {CUSTOMER_ROLE_TYPES.map((v) => <option key={v} value={v}>{t(`types.${v}`)}</option>)}
          </select>
        </label>
        {companies && (
          <label className="text-sm">
            <span className="font-medium">{t("filters.company")}</span>
            <input name="company" type="search" defaultValue={params.filters.company ?? ""} className={inputClass} />
          </label>
        )}
      </GridSearch>

      <GridTable
        testId="customer-roles-table"
        columns={companies ? 7 : 6}
        empty={rows.length === 0 ? t("empty") : null}
        head={
          <tr>
            {sortHeader("name")}
            {th("type")}
            {companies && th("company")}
            {th("selfManaged")}
            {sortHeader("users")}
            {sortHeader("createdAt")}
            <th scope="col" className="px-3 py-2 text-left font-semibold">{tc("actions")}</th>
          </tr>
        }
      >
        {rows.map((r) => (
          <tr key={r.id} className="border-b border-slate-100 last:border-0" data-testid="customer-role-row">
            <td className="px-3 py-2 font-medium" data-testid="customer-role-name">
              <Link className="underline" href={`${BASE}/${r.id}/edit`}>{r.name}</Link>
            </td>
            <td className="px-3 py-2" data-testid="customer-role-type">{t(`types.${r.companyId ? "company" : "predefined"}`)}</td>
            {companies && <td className="px-3 py-2" data-testid="customer-role-company">{r.company ?? <span className="text-slate-500">{t("allCompanies")}</span>}</td>}
            <td className="px-3 py-2">{r.selfManaged ? tc("yes") : tc("no")}</td>
            <td className="px-3 py-2" data-testid="customer-role-users">{r.userCount}</td>
            <td className="px-3 py-2">{formatDate(r.createdAt, locale)}</td>
            <td className="px-3 py-2">
              <div className="flex flex-wrap gap-3">
                <Link className="underline" href={`${BASE}/${r.id}/edit`}>{t(canEdit ? "actions.edit" : "actions.view")}</Link>
                {canDelete && <Link className="text-red-700 underline" href={`${BASE}/${r.id}/delete`}>{t("actions.delete")}</Link>}
              </div>
            </td>
          </tr>
        ))}
      </GridTable>
      <Pagination page={params.page} size={params.size} total={total} href={(change) => gridHref(BASE, params, change)} />
    </section>
  );
}
