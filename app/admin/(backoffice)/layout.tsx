import type { ReactNode } from "react";

import { AdminShell } from "@/components/admin/admin-shell";
import { requireStaffPage } from "@/lib/identity/staff-session";

export default async function BackOfficeLayout({ children }: { children: ReactNode }) {
  const staff = await requireStaffPage();
  return <AdminShell staff={staff}>{children}</AdminShell>;
}
