import type { Metadata } from "next";

import { QuotesGrid } from "@/components/admin/quotes/quotes-grid";
import { parseGridParams } from "@/lib/grid/params";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { QUOTE_FILTERS, QUOTE_SORTS } from "@/lib/quotes/staff";

export const metadata: Metadata = { title: "Quotes" };

export default async function QuotesPage({ searchParams }: PageProps<"/admin/quotes">) {
  const staff = await requireStaffPage("sales/quote/view");
  const params = parseGridParams(await searchParams, {
    sorts: QUOTE_SORTS,
    defaultSort: "createdAt",
    defaultDir: "desc",
    filters: QUOTE_FILTERS,
  });
  return <QuotesGrid params={params} sees={staff.can} />;
}
