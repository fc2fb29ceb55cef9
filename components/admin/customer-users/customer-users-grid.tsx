import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { GridTable } from "@/components/ui/grid-table";
import { Notice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";
import type { StaffSession } from "@/lib/identity/staff-session";
import type { CustomerUserListParams, CustomerUserSort } from "@/lib/customer-users/params";
import { listCustomerUsers } from "@/lib/customer-users/service";
import { gridHref } from "@/lib/grid/params";
import { assistRefusals } from "@/lib/impersonation/service";
import { FILTER_FORM, FilterRow } from "./filter-row";
import { CustomerUserRows } from "./customer-user-rows";
import type { RowPermissions } from "./row-actions";

const BASE = "/admin/customer-users";
const NOTICES = ["deleted"] as const;
const COLUMNS: CustomerUserSort[] = ["company", "firstName", "lastName", "email", "enabled", "confirmed", "passwordStatus", "locked", "website"];

export async function CustomerUsersGrid({ staff, params, notice }: { staff: StaffSession; params: CustomerUserListParams; notice?: string }) {
  const [t, tc, { rows, total, websites }] = await Promise.all([getTranslations("customerUsers"), getTranslations("common"), listCustomerUsers(params, staff.can)]);
  // the company column is there only for viewers who may view companies (listCustomerUsers leaves the names out too)
  const columns = staff.can("customers/company/view") ? COLUMNS : COLUMNS.filter((c) => c !== "company");
  const known = NOTICES.find((n) => n === notice);
  const may: RowPermissions = {
    edit: staff.can("customers/customer-user/edit"),
    delete: staff.can("customers/customer-user/delete"),
    viewCompany: staff.can("customers/company/view"),
    impersonate: staff.can("customers/impersonation/start"),
  };

  // "Log in as a user" is offered disabled, with the reason, where it would be refused
  const loginAsRefused: Record<string, string> = {};
  if (may.impersonate) {
    const [refusals, te] = await Promise.all([assistRefusals(rows.map((r) => r.id)), getTranslations("errors")]);
    for (const [id, code] of Object.entries(refusals)) loginAsRefused[id] = te(code);
  }

  return (
    <section>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {staff.can("customers/customer-user/create") && <ButtonLink href={`${BASE}/new`}>{t("addNew")}</ButtonLink>}
      </div>
      {known && <div className="mt-4"><Notice tone="success">{t(`notice.${known}`)}</Notice></div>}
      <form id={FILTER_FORM} method="get" action={BASE} role="search" aria-label={t("filters.label")}>
        <input type="hidden" name="sort" value={params.sort} />
        <input type="hidden" name="dir" value={params.dir} />
        <input type="hidden" name="size" value={params.size} />
        {params.filters.companyId && <input type="hidden" name="companyId" value={params.filters.companyId} />}
      </form>
      <p className="mt-2 text-sm text-slate-600">
        <Link className="underline" href={gridHref(BASE, { ...params, filters: {} }, { page: 1 })}>{t("filters.reset")}</Link>
      </p>

      <GridTable
        testId="customer-users-table"
        columns={columns.length + 1}
        empty={rows.length === 0 ? t("empty") : null}
        head={
          <>
            <tr>
              {columns.map((c) => (
                <SortHeader
                  key={c}
                  label={t(`columns.${c}`)}
                  active={params.sort === c}
                  dir={params.dir}
                  href={gridHref(BASE, params, { sort: c, dir: params.sort === c && params.dir === "asc" ? "desc" : "asc", page: 1 })}
                />
              ))}
              <th scope="col" className="px-3 py-2 text-left font-semibold">{tc("actions")}</th>
            </tr>
            <FilterRow params={params} websites={websites} withCompany={columns.includes("company")} />
          </>
        }
      >
        <CustomerUserRows rows={rows} may={may} loginAsRefused={loginAsRefused} />
      </GridTable>
      <Pagination page={params.page} size={params.size} total={total} href={(change) => gridHref(BASE, params, change)} />
    </section>
  );
}
