"use server";

import { revalidatePath } from "next/cache";

import { shopAction } from "@/lib/actions/shop-action";

import { requestForQuoteSchema, shoppingListRequestSchema } from "./schema";
import { submitRequestForQuote, submitStandaloneRequest } from "./submit";

/** Returns the new request's number; the form then opens its page. */
export const submitRequestForQuoteAction = shopAction(
  "submitRequestForQuote",
  requestForQuoteSchema,
  async ({ customer, actor, input }) => {
    const rfq = await submitStandaloneRequest(actor, customer, input);
    revalidatePath("/requests");
    return { ok: true, data: { number: rfq.number } };
  },
);

/** For the shopping list page: the list must be the signed-in customer user's own. */
export const submitShoppingListRequestAction = shopAction(
  "submitShoppingListRequest",
  shoppingListRequestSchema,
  async ({ customer, actor, input }) => {
    const rfq = await submitRequestForQuote(actor, customer, input);
    revalidatePath("/requests");
    return { ok: true, data: { number: rfq.number } };
  },
);
