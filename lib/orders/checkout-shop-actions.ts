"use server";

import { redirect } from "next/navigation";

import { shopAction } from "@/lib/actions/shop-action";
import { currentWebsite } from "@/lib/websites/website";

import { placeOrder } from "./checkout";
import { checkoutSchema } from "./checkout-schema";

export const placeOrderAction = shopAction("placeOrder", checkoutSchema, async ({ customer, input, ip }) => {
  const order = await placeOrder(customer, await currentWebsite(), input, ip);
  redirect(`/orders/${encodeURIComponent(order.number)}?notice=order-placed`);
});
