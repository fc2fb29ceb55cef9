"use server";

import { revalidatePath } from "next/cache";
import { customerAction } from "@/lib/auth/customer-action";
import { customerActor } from "@/lib/customer-account/service";
import { quoteNumberSchema } from "./schema";
import { acceptQuote, declineQuote } from "./storefront";

/** The quote is looked up within what the signed-in customer user may edit; the number alone grants nothing. */
export const acceptQuoteAction = customerAction("acceptQuote", quoteNumberSchema, async ({ customer, input, ip }) => {
  const { orderNumber } = await acceptQuote(customerActor(customer, ip), customer, input.number);
  revalidatePath("/quotes");
  return { ok: true, data: { orderNumber } };
});

export const declineQuoteAction = customerAction("declineQuote", quoteNumberSchema, async ({ customer, input, ip }) => {
  await declineQuote(customerActor(customer, ip), customer, input.number);
  revalidatePath("/quotes");
  return { ok: true };
});
