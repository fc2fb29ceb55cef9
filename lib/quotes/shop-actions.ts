"use server";

import { revalidatePath } from "next/cache";
import { customerAction } from "@/lib/auth/customer-action";
import { customerActor } from "@/lib/customer-account/service";
import { quoteNumberSchema } from "./schema";
import { declineQuote } from "./storefront";

/** The quote is looked up within what the signed-in customer user may edit; the number alone grants nothing. Accepting is checkout (lib/orders/checkout-actions.ts). */
export const declineQuoteAction = customerAction("declineQuote", quoteNumberSchema, async ({ customer, input, ip }) => {
  await declineQuote(customerActor(customer, ip), customer, input.number);
  revalidatePath("/quotes");
  return { ok: true };
});
