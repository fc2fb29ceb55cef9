"use server";

import { revalidatePath } from "next/cache";

import { shopAction } from "@/lib/actions/shop-action";

import { quoteNumberSchema } from "./schema";
import { declineQuote } from "./storefront";

/** The quote is looked up within what the signed-in customer user may edit; the number alone grants nothing. Accepting is checkout (lib/orders/checkout-shop-actions.ts). */
export const declineQuoteAction = shopAction("declineQuote", quoteNumberSchema, async ({ customer, actor, input }) => {
  await declineQuote(actor, customer, input.number);
  revalidatePath("/quotes");
  return { ok: true };
});
