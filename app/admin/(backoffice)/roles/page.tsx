import type { Metadata } from "next";

import { RolesGrid } from "@/components/admin/roles/roles-grid";
import { parseGridParams } from "@/lib/grid/params";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { ROLE_SORTS } from "@/lib/staff-roles/service";

export const metadata: Metadata = { title: "User roles" };

export default async function RolesPage({ searchParams }: PageProps<"/admin/roles">) {
  const staff = await requireStaffPage("users/role/view");
  const raw = await searchParams;
  const params = parseGridParams(raw, { sorts: ROLE_SORTS, defaultSort: "name" });
  return <RolesGrid staff={staff} params={params} notice={typeof raw.notice === "string" ? raw.notice : undefined} />;
}
