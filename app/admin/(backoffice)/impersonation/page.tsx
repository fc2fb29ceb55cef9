import type { Metadata } from "next";

import { ImpersonationLogGrid } from "@/components/admin/impersonation/log-grid";
import { parseGridParams } from "@/lib/grid/params";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { LOG_GRID } from "@/lib/impersonation/log-params";

export const metadata: Metadata = { title: "Impersonation log" };

export default async function ImpersonationLogPage({ searchParams }: PageProps<"/admin/impersonation">) {
  const staff = await requireStaffPage("customers/impersonation/view");
  const params = parseGridParams(await searchParams, LOG_GRID);
  return <ImpersonationLogGrid staff={staff} params={params} />;
}
