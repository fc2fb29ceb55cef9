import { redirect } from "next/navigation";

import { firstAllowedPath } from "@/components/admin/navigation";
import { requireStaffPage } from "@/lib/identity/staff-session";

export default async function AdminHome() {
  const staff = await requireStaffPage();
  redirect(firstAllowedPath(staff) ?? "/admin/users");
}
