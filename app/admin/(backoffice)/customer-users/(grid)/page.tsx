import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { CustomerUsersGrid } from "@/components/admin/customer-users/customer-users-grid";
import { CUSTOMER_USER_COLUMNS, CUSTOMER_USER_DEFAULT_COLUMNS, CUSTOMER_USER_GRID } from "@/lib/customer-users/params";
import { viewState } from "@/lib/grid-views/grids";
import { defaultGridView, gridViewOf } from "@/lib/grid-views/service";
import { decodeCursor } from "@/lib/grid/cursor";
import { parseColumns, parseGridParams } from "@/lib/grid/params";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Customer Users" };

const BASE = "/admin/customer-users";

export default async function CustomerUsersPage({ searchParams }: PageProps<"/admin/customer-users">) {
  const staff = await requireStaffPage("customers/customer-user/view");
  const raw = await searchParams;
  // a saved view is its URL state: `?view=` opens one of the viewer's own, a bare URL their default
  const view =
    typeof raw.view === "string"
      ? await gridViewOf(staff.id, "customer-users", raw.view)
      : Object.keys(raw).length === 0
        ? await defaultGridView(staff.id, "customer-users")
        : null;
  if (view?.query) redirect(`${BASE}?${view.query}`);
  const params = parseGridParams(raw, CUSTOMER_USER_GRID);
  const { visible, cols } = parseColumns(raw, CUSTOMER_USER_COLUMNS, CUSTOMER_USER_DEFAULT_COLUMNS);
  return (
    <CustomerUsersGrid
      staff={staff}
      after={decodeCursor(typeof raw.after === "string" ? raw.after : undefined)}
      params={{ ...params, cols }}
      visible={visible}
      viewState={viewState(raw)}
      notice={typeof raw.notice === "string" ? raw.notice : undefined}
    />
  );
}
