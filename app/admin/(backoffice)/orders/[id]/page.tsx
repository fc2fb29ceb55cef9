import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { OrderView } from "@/components/admin/orders/order-view";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { findOrderForStaff } from "@/lib/orders/admin";

export const metadata: Metadata = { title: "Order" };

export default async function OrderPage({ params }: PageProps<"/admin/orders/[id]">) {
  const staff = await requireStaffPage("sales/order/view");
  const order = await findOrderForStaff((await params).id, staff.can);
  if (!order) notFound();
  return <OrderView staff={staff} order={order} />;
}
