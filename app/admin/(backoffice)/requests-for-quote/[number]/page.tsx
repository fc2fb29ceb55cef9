import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { RfqView } from "@/components/admin/requests-for-quote/rfq-view";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { getRequestForStaff } from "@/lib/requests-for-quote/service";

export const metadata: Metadata = { title: "Request for quote" };

export default async function RequestForQuotePage({ params }: PageProps<"/admin/requests-for-quote/[number]">) {
  const staff = await requireStaffPage("sales/quote/view");
  const rfq = await getRequestForStaff((await params).number, staff.can);
  if (!rfq) notFound();
  return <RfqView rfq={rfq} canCreateQuote={staff.can("sales/quote/create")} sees={staff.can} />;
}
