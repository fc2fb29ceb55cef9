import type { Metadata } from "next";

import { CustomerRolesGrid } from "@/components/admin/customer-roles/customer-roles-grid";
import { CUSTOMER_ROLE_GRID } from "@/lib/customer-roles/service";
import { parseGridParams } from "@/lib/grid/params";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Customer User Roles" };

export default async function CustomerRolesPage({ searchParams }: PageProps<"/admin/customer-roles">) {
  const staff = await requireStaffPage("customers/customer-role/view");
  const raw = await searchParams;
  const params = parseGridParams(raw, CUSTOMER_ROLE_GRID);
  return (
    <CustomerRolesGrid staff={staff} params={params} notice={typeof raw.notice === "string" ? raw.notice : undefined} />
  );
}
