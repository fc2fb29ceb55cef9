import type { Metadata } from "next";

import { PriceListsTable } from "@/components/admin/catalog/price-lists-table";
import { parseGridParams } from "@/lib/grid/params";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Price lists" };

export default async function PriceListsPage({ searchParams }: PageProps<"/admin/price-lists">) {
  const staff = await requireStaffPage("catalog/price-list/view");
  const raw = await searchParams;
  const { page, size } = parseGridParams(raw, { sorts: ["name"], defaultSort: "name" });
  return (
    <PriceListsTable
      staff={staff}
      page={page}
      size={size}
      notice={typeof raw.notice === "string" ? raw.notice : undefined}
    />
  );
}
