"use server";

import { redirect } from "next/navigation";
import { customerAction } from "@/lib/auth/customer-action";
import { currentWebsite } from "@/lib/storefront/website";
import { placeOrder } from "./checkout";
import { checkoutSchema } from "./checkout-schema";

export const placeOrderAction = customerAction("placeOrder", checkoutSchema, async ({ customer, input, ip }) => {
  const order = await placeOrder(customer, await currentWebsite(), input, ip);
  redirect(`/orders/${encodeURIComponent(order.number)}?notice=order-placed`);
});
