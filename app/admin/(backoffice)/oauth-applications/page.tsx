import type { Metadata } from "next";

import { ApplicationsGrid } from "@/components/admin/oauth-applications/applications-grid";
import { parseGridParams } from "@/lib/grid/params";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { APPLICATION_GRID } from "@/lib/oauth-applications/params";

export const metadata: Metadata = { title: "Customer User OAuth Applications" };

export default async function OAuthApplicationsPage({ searchParams }: PageProps<"/admin/oauth-applications">) {
  const staff = await requireStaffPage("customers/oauth-application/view");
  const params = parseGridParams(await searchParams, APPLICATION_GRID);
  return <ApplicationsGrid staff={staff} params={params} />;
}
