import type { Metadata } from "next";

import { CustomerUsersGrid } from "@/components/admin/customer-users/customer-users-grid";
import { CUSTOMER_USER_GRID } from "@/lib/customer-users/params";
import { decodeCursor } from "@/lib/grid/cursor";
import { parseGridParams } from "@/lib/grid/params";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Customer Users" };

export default async function CustomerUsersPage({ searchParams }: PageProps<"/admin/customer-users">) {
  const staff = await requireStaffPage("customers/customer-user/view");
  const raw = await searchParams;
  const params = parseGridParams(raw, CUSTOMER_USER_GRID);
  return (
    <CustomerUsersGrid
      staff={staff}
      params={params}
      after={decodeCursor(typeof raw.after === "string" ? raw.after : undefined)}
      notice={typeof raw.notice === "string" ? raw.notice : undefined}
    />
  );
}
