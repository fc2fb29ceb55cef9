import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { Dashboard } from "@/components/admin/dashboard/dashboard";
import { firstAllowedPath } from "@/components/admin/navigation";
import { dashboard, parsePeriod } from "@/lib/dashboard/service";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Dashboard" };

export default async function AdminHome({ searchParams }: PageProps<"/admin">) {
  const staff = await requireStaffPage();
  const days = parsePeriod((await searchParams).days);
  const widgets = await dashboard(staff.can, days);
  // a viewer who may see no widget starts where they may work instead of on an empty page
  if (widgets.length === 0) redirect(firstAllowedPath(staff) ?? "/admin/account");
  return <Dashboard widgets={widgets} days={days} />;
}
