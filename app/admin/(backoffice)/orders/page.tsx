import type { Metadata } from "next";

import { OrdersGrid } from "@/components/admin/orders/orders-grid";
import { parseGridParams } from "@/lib/grid/params";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { ORDER_GRID } from "@/lib/orders/params";

export const metadata: Metadata = { title: "Orders" };

export default async function OrdersPage({ searchParams }: PageProps<"/admin/orders">) {
  const staff = await requireStaffPage("sales/order/view");
  return <OrdersGrid staff={staff} params={parseGridParams(await searchParams, ORDER_GRID)} />;
}
