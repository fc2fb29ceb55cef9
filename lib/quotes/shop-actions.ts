"use server";

import { revalidatePath } from "next/cache";
import { shopAction } from "@/lib/actions/shop-action";
import { customerActor } from "@/lib/shop-account/service";
import { quoteNumberSchema } from "./schema";
import { declineQuote } from "./storefront";

/** The quote is looked up within what the signed-in customer user may edit; the number alone grants nothing. Accepting is checkout (lib/orders/checkout-shop-actions.ts). */
export const declineQuoteAction = shopAction("declineQuote", quoteNumberSchema, async ({ customer, input, ip }) => {
  await declineQuote(customerActor(customer, ip), customer, input.number);
  revalidatePath("/quotes");
  return { ok: true };
});
