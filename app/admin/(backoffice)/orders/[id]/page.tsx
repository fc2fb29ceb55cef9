import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OrderView } from "@/components/admin/orders/order-view";
import { requireStaffPage } from "@/lib/auth/staff-session";
import { findOrderDetail } from "@/lib/orders/detail";

export const metadata: Metadata = { title: "Order" };

export default async function OrderPage({ params }: PageProps<"/admin/orders/[id]">) {
  const staff = await requireStaffPage("sales/order/view");
  const order = await findOrderDetail({ id: (await params).id });
  if (!order) notFound();
  return <OrderView staff={staff} order={order} />;
}
