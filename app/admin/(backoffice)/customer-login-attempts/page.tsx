import type { Metadata } from "next";

import { LoginAttemptsGrid } from "@/components/admin/customer-login-attempts/login-attempts-grid";
import { LOGIN_ATTEMPT_GRID } from "@/lib/customer-login-attempts/params";
import { parseGridParams } from "@/lib/grid/params";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Customer login attempts" };

export default async function CustomerLoginAttemptsPage({ searchParams }: PageProps<"/admin/customer-login-attempts">) {
  const staff = await requireStaffPage("customers/login-attempt/view");
  const params = parseGridParams(await searchParams, LOGIN_ATTEMPT_GRID);
  return <LoginAttemptsGrid staff={staff} params={params} />;
}
