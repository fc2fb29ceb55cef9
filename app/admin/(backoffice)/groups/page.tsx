import type { Metadata } from "next";

import { GroupsGrid } from "@/components/admin/groups/groups-grid";
import { parseGridParams } from "@/lib/grid/params";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { GROUP_SORTS } from "@/lib/staff-groups/service";

export const metadata: Metadata = { title: "User groups" };

export default async function GroupsPage({ searchParams }: PageProps<"/admin/groups">) {
  const staff = await requireStaffPage("users/group/view");
  const raw = await searchParams;
  const params = parseGridParams(raw, { sorts: GROUP_SORTS, defaultSort: "name" });
  return <GroupsGrid staff={staff} params={params} notice={typeof raw.notice === "string" ? raw.notice : undefined} />;
}
