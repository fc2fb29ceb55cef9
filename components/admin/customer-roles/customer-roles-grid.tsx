import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { AdminGrid, linkAction } from "@/components/ui/admin-grid";
import { inputClass } from "@/components/ui/field";
import { FilterSelect } from "@/components/ui/filter-fields";
import { CUSTOMER_ROLE_TYPES, listCustomerRoles, type CustomerRoleListParams } from "@/lib/customer-roles/service";
import { formatDate } from "@/lib/i18n/dates";
import type { StaffSession } from "@/lib/identity/staff-session";

const BASE = "/admin/customer-roles";

export async function CustomerRolesGrid({
  staff,
  params,
  notice,
}: {
  staff: StaffSession;
  params: CustomerRoleListParams;
  notice?: string;
}) {
  const [t, tc, { rows, total }, locale] = await Promise.all([
    getTranslations("customerRoles"),
    getTranslations("common"),
    listCustomerRoles(params, staff.can),
    getLocale(),
  ]);
  // the owning company: a column and a filter only for viewers who may view companies
  const companies = staff.can("customers/company/view");
  const canEdit = staff.can("customers/customer-role/edit");

  return (
    <AdminGrid
      t={t}
      base={BASE}
      params={params}
      total={total}
      rows={rows}
      testId="customer-roles-table"
      rowTestId="customer-role-row"
      create={staff.can("customers/customer-role/create")}
      notice={notice}
      search={
        <>
          <FilterSelect
            name="type"
            label={t("filters.type")}
            value={params.filters.type}
            all={t("filters.allTypes")}
            options={CUSTOMER_ROLE_TYPES.map((v) => ({ value: v, label: t(`types.${v}`) }))}
          />
          {companies && (
            <label className="text-sm">
              <span className="font-medium">{t("filters.company")}</span>
              <input name="company" type="search" defaultValue={params.filters.company ?? ""} className={inputClass} />
            </label>
          )}
        </>
      }
      columns={[
        {
          key: "name",
          sort: "name",
          testId: "customer-role-name",
          className: "font-medium",
          cell: (r) => (
            <Link className="underline" href={`${BASE}/${r.id}/edit`}>
              {r.name}
            </Link>
          ),
        },
        {
          key: "type",
          cell: (r) => t(`types.${r.companyId ? "company" : "predefined"}`),
          testId: "customer-role-type",
        },
        {
          key: "company",
          show: companies,
          testId: "customer-role-company",
          cell: (r) => r.company ?? <span className="text-slate-600">{t("allCompanies")}</span>,
        },
        { key: "selfManaged", cell: (r) => (r.selfManaged ? tc("yes") : tc("no")) },
        { key: "users", sort: "users", cell: (r) => r.userCount, testId: "customer-role-users" },
        { key: "createdAt", sort: "createdAt", cell: (r) => formatDate(r.createdAt, locale) },
      ]}
      actions={[
        // a viewer who may not edit still opens the role, read only
        linkAction(true, t(canEdit ? "actions.edit" : "actions.view"), (id) => `${BASE}/${id}/edit`),
        linkAction(
          staff.can("customers/customer-role/delete"),
          t("actions.delete"),
          (id) => `${BASE}/${id}/delete`,
          "danger",
        ),
      ]}
    />
  );
}
