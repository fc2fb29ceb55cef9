import { getTranslations } from "next-intl/server";
import Form from "next/form";
import Link from "next/link";

import { AdminGrid } from "@/components/ui/admin-grid";
import { ButtonLink } from "@/components/ui/button";
import { GridStateFields } from "@/components/ui/grid-search";
import { GridSelection } from "@/components/ui/grid-selection";
import { BULK_ACTIONS, BULK_PERMISSION } from "@/lib/customer-users/bulk-schema";
import {
  CUSTOMER_USER_COLUMNS,
  type CustomerUserColumn,
  type CustomerUserListParams,
} from "@/lib/customer-users/params";
import { listCustomerUsers } from "@/lib/customer-users/service";
import { encodeCursor, type Cursor } from "@/lib/grid/cursor";
import { gridHref } from "@/lib/grid/params";
import type { StaffSession } from "@/lib/identity/staff-session";

import { BulkToolbar } from "./bulk-toolbar";
import { CustomerUserRows } from "./customer-user-rows";
import { ExportMenu } from "./export-menu";
import { FilterRow } from "./filter-row";
import { CustomerUserViews } from "./grid-options";
import type { RowPermissions } from "./row-actions";

const BASE = "/admin/customer-users";
const FILTER_FORM = "customer-users-filters";

export async function CustomerUsersGrid({
  staff,
  params,
  after = null,
  notice,
  visible,
  viewState,
}: {
  staff: StaffSession;
  params: CustomerUserListParams;
  /** the last row of the page before, when the viewer came with Next */
  after?: Cursor | null;
  notice?: string;
  /** the columns the URL chooses (or the default ones) */
  visible: readonly CustomerUserColumn[];
  /** the state a new saved view would keep */
  viewState: Record<string, string | string[]>;
}) {
  const [t, te, { rows, total, more, next, loginAsRefused: refusals }] = await Promise.all([
    getTranslations("customerUsers"),
    getTranslations("errors"),
    listCustomerUsers(params, staff.can, after, { loginAs: true }),
  ]);
  // the company column is there only for viewers who may view companies (listCustomerUsers leaves the names out too)
  const withCompany = staff.can("customers/company/view");
  const shown = visible.filter((c) => c !== "company" || withCompany);
  const may: RowPermissions = {
    edit: staff.can("customers/customer-user/edit"),
    delete: staff.can("customers/customer-user/delete"),
    viewCompany: withCompany,
    impersonate: staff.can("customers/impersonation/start"),
  };

  // "Log in as a user" is offered disabled, with the reason, where it would be refused
  const loginAsRefused = Object.fromEntries(Object.entries(refusals).map(([id, code]) => [id, te(code)]));

  // a bulk action is offered to whoever may take it on one row (assigning also picks among staff users)
  const bulk = BULK_ACTIONS.filter(
    (a) => staff.can(BULK_PERMISSION[a]) && (a !== "assign" || staff.can("users/user/view")),
  );
  const selectable = bulk.length > 0;

  const grid = (
    <AdminGrid
      t={t}
      base={BASE}
      params={params}
      total={total}
      more={more}
      // Next starts after this page's last row: no page deep in the list skips every row before it
      nextHref={next ? `${gridHref(BASE, params, { page: params.page + 1 })}&after=${encodeCursor(next)}` : undefined}
      rows={rows}
      testId="customer-users-table"
      create={staff.can("customers/customer-user/create")}
      toolbar={
        <>
          {staff.can("customers/customer-user/export") && (
            <ExportMenu params={{ sort: params.sort, dir: params.dir, filters: params.filters }} />
          )}
          {staff.can("customers/customer-user/import") && (
            <ButtonLink variant="secondary" className="ml-2" href={`${BASE}/import`}>
              {t("import")}
            </ButtonLink>
          )}
        </>
      }
      notice={notice}
      notices={["deleted", "export-large"]}
      // one filter per column, in the table head; their form is out here, with the state that rides along
      filters={
        <>
          {/* next/form: applying a filter is a client-side navigation, so only the grid's page travels,
              not the whole back office around it; without script it is the same GET form */}
          <Form id={FILTER_FORM} action={BASE} prefetch={false} role="search" aria-label={t("filters.label")}>
            <GridStateFields params={params} />
            {params.filters.companyId && <input type="hidden" name="companyId" value={params.filters.companyId} />}
          </Form>
          <p className="mt-2 text-sm text-slate-600">
            <Link className="underline" href={gridHref(BASE, { ...params, filters: {} }, { page: 1 })}>
              {t("filters.reset")}
            </Link>
          </p>
          {selectable && <BulkToolbar actions={bulk} filters={params.filters as Record<string, string>} />}
        </>
      }
      selectable={selectable ? { pageLabel: t("bulk.selectPage") } : undefined}
      columns={shown.map((c) => ({ key: c, sort: c }))}
      chooser={{ keys: CUSTOMER_USER_COLUMNS.filter((c) => c !== "company" || withCompany), visible: shown }}
      views={<CustomerUserViews state={viewState} />}
      filterRow={
        <FilterRow
          form={FILTER_FORM}
          filters={params.filters}
          withCompany={withCompany}
          selectable={selectable}
          columns={shown}
        />
      }
      // every viewer may at least open a customer user from its row menu
      actions
      body={
        <CustomerUserRows
          rows={rows}
          may={may}
          loginAsRefused={loginAsRefused}
          selectable={selectable}
          columns={shown}
        />
      }
    />
  );
  return selectable ? (
    <GridSelection pageIds={rows.map((r) => r.id)} total={total} more={more}>
      {grid}
    </GridSelection>
  ) : (
    grid
  );
}
