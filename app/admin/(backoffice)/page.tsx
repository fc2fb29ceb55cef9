import { redirect } from "next/navigation";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { firstAllowedPath } from "@/components/admin/navigation";

export default async function AdminHome() {
  const staff = await requireStaffPage();
  redirect(firstAllowedPath(staff) ?? "/admin/users");
}
