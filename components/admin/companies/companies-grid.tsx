import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { AdminGrid, linkAction } from "@/components/ui/admin-grid";
import { GridSearch } from "@/components/ui/grid-search";
import { getCompany, listCompanies, type CompanyListParams, type CompanyRow } from "@/lib/companies/service";
import { gridHref } from "@/lib/grid/params";
import { formatDate } from "@/lib/i18n/dates";
import type { StaffSession } from "@/lib/identity/staff-session";

const BASE = "/admin/companies";
const none = <span className="text-slate-600">—</span>;

export async function CompaniesGrid({
  staff,
  params,
  notice,
}: {
  staff: StaffSession;
  params: CompanyListParams;
  notice?: string;
}) {
  const [t, { rows, total }, parent, locale] = await Promise.all([
    getTranslations("companies"),
    listCompanies(params, staff.can),
    params.filters.parent ? getCompany(params.filters.parent, staff.can) : null,
    getLocale(),
  ]);
  const children = (c: CompanyRow) => gridHref(BASE, params, { filters: { parent: c.id }, page: 1 });

  return (
    <AdminGrid
      t={t}
      base={BASE}
      params={params}
      total={total}
      rows={rows}
      testId="companies-table"
      rowTestId="company-row"
      create={staff.can("customers/company/create")}
      notice={notice}
      // the parent filter rides along with a search, and says whose subsidiaries are shown
      filters={
        <>
          <GridSearch base={BASE} params={params} label={t("searchLabel")} button={t("searchButton")}>
            {params.filters.parent && <input type="hidden" name="parent" value={params.filters.parent} />}
          </GridSearch>
          {parent && (
            <p className="mt-3 text-sm" data-testid="parent-filter">
              {t("childrenOf", { name: parent.path.join(" › ") })}{" "}
              <Link className="underline" href={gridHref(BASE, params, { filters: { parent: "" }, page: 1 })}>
                {t("allCompanies")}
              </Link>
            </p>
          )}
        </>
      }
      columns={[
        {
          key: "name",
          sort: "name",
          testId: "company-path",
          cell: (c) => (
            <>
              {c.path.slice(0, -1).map((n, i) => (
                <span key={i} className="text-slate-600">
                  {n} ›{" "}
                </span>
              ))}
              <Link className="font-medium underline" href={`${BASE}/${c.id}`}>
                {c.name}
              </Link>
            </>
          ),
        },
        {
          key: "parent",
          cell: (c) =>
            c.parentId ? (
              <Link className="underline" href={`${BASE}/${c.parentId}`}>
                {c.path.at(-2)}
              </Link>
            ) : (
              none
            ),
        },
        // the sales representative is a staff user: a column only for viewers who may view those
        { key: "salesRep", show: staff.can("users/user/view"), cell: (c) => c.salesRep ?? none },
        { key: "website", cell: (c) => c.website },
        { key: "customerGroup", cell: (c) => c.customerGroup ?? none },
        { key: "users", sort: "users", cell: (c) => c.userCount, testId: "company-users" },
        { key: "createdAt", sort: "createdAt", cell: (c) => formatDate(c.createdAt, locale) },
      ]}
      actions={[
        {
          allowed: true,
          only: (c: CompanyRow) => c.childCount > 0,
          render: (c: CompanyRow) => (
            <Link className="underline" href={children(c)}>
              {t("actions.subsidiaries", { count: c.childCount })}
            </Link>
          ),
        },
        linkAction(staff.can("customers/company/edit"), t("actions.edit"), (id) => `${BASE}/${id}/edit`),
        linkAction(
          staff.can("customers/company/delete"),
          t("actions.delete"),
          (id) => `${BASE}/${id}/delete`,
          "danger",
        ),
      ]}
    />
  );
}
