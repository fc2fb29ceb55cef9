"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/auth/staff-action";
import { quoteFormSchema, quoteIdSchema } from "./schema";
import { sendQuote } from "./send";
import { createQuote } from "./service";

/** Returns the new number instead of redirecting: the form also runs inside a dialog, which closes itself. */
export const createQuoteAction = staffAction("sales/quote/create", quoteFormSchema, async ({ actor, input }) => {
  const quote = await createQuote(actor, input);
  revalidatePath(`/admin/customer-users/${input.customerUserId}`);
  return { ok: true, data: { number: quote.number } };
});

export const sendQuoteAction = staffAction("sales/quote/edit", quoteIdSchema, async ({ actor, input }) => {
  await sendQuote(actor, input.id);
  revalidatePath("/admin/quotes");
  return { ok: true };
});
