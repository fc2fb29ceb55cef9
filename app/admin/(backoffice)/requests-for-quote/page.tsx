import type { Metadata } from "next";

import { RfqGrid } from "@/components/admin/requests-for-quote/rfq-grid";
import { parseGridParams } from "@/lib/grid/params";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { RFQ_FILTERS, RFQ_SORTS } from "@/lib/requests-for-quote/service";

export const metadata: Metadata = { title: "Requests for quote" };

export default async function RequestsForQuotePage({ searchParams }: PageProps<"/admin/requests-for-quote">) {
  const staff = await requireStaffPage("sales/quote/view");
  const params = parseGridParams(await searchParams, {
    sorts: RFQ_SORTS,
    defaultSort: "createdAt",
    defaultDir: "desc",
    filters: RFQ_FILTERS,
  });
  return <RfqGrid params={params} sees={staff.can} />;
}
