import type { Metadata } from "next";

import { ConsentsTable } from "@/components/admin/consents/consents-table";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Consents" };

export default async function ConsentsPage({ searchParams }: PageProps<"/admin/consents">) {
  const staff = await requireStaffPage("content/consent/view");
  const { notice } = await searchParams;
  return <ConsentsTable staff={staff} notice={typeof notice === "string" ? notice : undefined} />;
}
