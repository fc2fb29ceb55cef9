import type { Metadata } from "next";

import { UsersGrid } from "@/components/admin/users/users-grid";
import { parseGridParams } from "@/lib/grid/params";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { USER_FILTERS, USER_SORTS } from "@/lib/staff-users/service";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: PageProps<"/admin/users">) {
  const staff = await requireStaffPage("users/user/view");
  const raw = await searchParams;
  const params = parseGridParams(raw, { sorts: USER_SORTS, defaultSort: "email", filters: USER_FILTERS });
  return <UsersGrid staff={staff} params={params} notice={typeof raw.notice === "string" ? raw.notice : undefined} />;
}
