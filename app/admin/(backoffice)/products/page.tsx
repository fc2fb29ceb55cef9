import type { Metadata } from "next";

import { ProductsGrid } from "@/components/admin/catalog/products-grid";
import { PRODUCT_FILTERS, PRODUCT_SORTS } from "@/lib/catalog/service";
import { parseGridParams } from "@/lib/grid/params";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Products" };

export default async function ProductsPage({ searchParams }: PageProps<"/admin/products">) {
  const staff = await requireStaffPage("catalog/product/view");
  const raw = await searchParams;
  const params = parseGridParams(raw, { sorts: PRODUCT_SORTS, defaultSort: "name", filters: PRODUCT_FILTERS });
  return (
    <ProductsGrid staff={staff} params={params} notice={typeof raw.notice === "string" ? raw.notice : undefined} />
  );
}
