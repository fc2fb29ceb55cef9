import type { Metadata } from "next";

import { AuditLogGrid } from "@/components/admin/audit/audit-log-grid";
import { AUDIT_GRID } from "@/lib/audit/params";
import { parseGridParams } from "@/lib/grid/params";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditLogPage({ searchParams }: PageProps<"/admin/audit-log">) {
  const staff = await requireStaffPage("users/audit/view");
  const params = parseGridParams(await searchParams, AUDIT_GRID);
  return <AuditLogGrid staff={staff} params={params} />;
}
