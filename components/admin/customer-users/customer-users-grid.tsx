import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { AdminGrid } from "@/components/ui/admin-grid";
import { ButtonLink } from "@/components/ui/button";
import { GridStateFields } from "@/components/ui/grid-search";
import type { CustomerUserListParams, CustomerUserSort } from "@/lib/customer-users/params";
import { listCustomerUsers } from "@/lib/customer-users/service";
import { gridHref } from "@/lib/grid/params";
import type { StaffSession } from "@/lib/identity/staff-session";
import { assistRefusals } from "@/lib/impersonation/service";

import { CustomerUserRows } from "./customer-user-rows";
import { ExportMenu } from "./export-menu";
import { FILTER_FORM, FilterRow } from "./filter-row";
import type { RowPermissions } from "./row-actions";

const BASE = "/admin/customer-users";
const COLUMNS: CustomerUserSort[] = [
  "company",
  "firstName",
  "lastName",
  "email",
  "enabled",
  "confirmed",
  "passwordStatus",
  "locked",
  "website",
];

export async function CustomerUsersGrid({
  staff,
  params,
  notice,
}: {
  staff: StaffSession;
  params: CustomerUserListParams;
  notice?: string;
}) {
  const [t, { rows, total, websites }] = await Promise.all([
    getTranslations("customerUsers"),
    listCustomerUsers(params, staff.can),
  ]);
  // the company column is there only for viewers who may view companies (listCustomerUsers leaves the names out too)
  const withCompany = staff.can("customers/company/view");
  const may: RowPermissions = {
    edit: staff.can("customers/customer-user/edit"),
    delete: staff.can("customers/customer-user/delete"),
    viewCompany: withCompany,
    impersonate: staff.can("customers/impersonation/start"),
  };

  // "Log in as a user" is offered disabled, with the reason, where it would be refused
  const loginAsRefused: Record<string, string> = {};
  if (may.impersonate) {
    const [refusals, te] = await Promise.all([assistRefusals(rows.map((r) => r.id)), getTranslations("errors")]);
    for (const [id, code] of Object.entries(refusals)) loginAsRefused[id] = te(code);
  }

  return (
    <AdminGrid
      t={t}
      base={BASE}
      params={params}
      total={total}
      rows={rows}
      testId="customer-users-table"
      create={staff.can("customers/customer-user/create")}
      toolbar={
        <>
          {staff.can("customers/customer-user/export") && <ExportMenu params={params} />}
          {staff.can("customers/customer-user/import") && (
            <ButtonLink variant="secondary" className="ml-2" href={`${BASE}/import`}>
              {t("import")}
            </ButtonLink>
          )}
        </>
      }
      notice={notice}
      notices={["deleted"]}
      // one filter per column, in the table head; their form is out here, with the state that rides along
      filters={
        <>
          <form id={FILTER_FORM} method="get" action={BASE} role="search" aria-label={t("filters.label")}>
            <GridStateFields params={params} />
            {params.filters.companyId && <input type="hidden" name="companyId" value={params.filters.companyId} />}
          </form>
          <p className="mt-2 text-sm text-slate-600">
            <Link className="underline" href={gridHref(BASE, { ...params, filters: {} }, { page: 1 })}>
              {t("filters.reset")}
            </Link>
          </p>
        </>
      }
      columns={COLUMNS.map((c) => ({ key: c, sort: c, show: c !== "company" || withCompany }))}
      filterRow={<FilterRow params={params} websites={websites} withCompany={withCompany} />}
      // every viewer may at least open a customer user from its row menu
      actions
      body={<CustomerUserRows rows={rows} may={may} loginAsRefused={loginAsRefused} />}
    />
  );
}
