"use server";

import { revalidatePath } from "next/cache";
import { shopAction } from "@/lib/actions/shop-action";
import { customerActor } from "@/lib/shop-account/service";
import { requestForQuoteSchema, shoppingListRequestSchema } from "./schema";
import { submitRequestForQuote, submitStandaloneRequest } from "./submit";

/** Returns the new request's number; the form then opens its page. */
export const submitRequestForQuoteAction = shopAction("submitRequestForQuote", requestForQuoteSchema, async ({ customer, input, ip }) => {
  const rfq = await submitStandaloneRequest(customerActor(customer, ip), customer, input);
  revalidatePath("/requests");
  return { ok: true, data: { number: rfq.number } };
});

/** For the shopping list page: the list must be the signed-in customer user's own. */
export const submitShoppingListRequestAction = shopAction("submitShoppingListRequest", shoppingListRequestSchema, async ({ customer, input, ip }) => {
  const rfq = await submitRequestForQuote(customerActor(customer, ip), customer, input);
  revalidatePath("/requests");
  return { ok: true, data: { number: rfq.number } };
});
