"use server";

import { revalidatePath } from "next/cache";

import { staffAction } from "@/lib/actions/staff-action";
import { catalogLookupSchema } from "@/lib/sales-documents/lookup-schema";
import { lookupCatalog } from "@/lib/sales-documents/staff-documents";

import { quoteFormSchema, quoteIdSchema } from "./schema";
import { sendQuote } from "./send";
import { createQuote } from "./service";

/** Returns the new number instead of redirecting: the form also runs inside a dialog, which closes itself. */
export const createQuoteAction = staffAction("sales/quote/create", quoteFormSchema, async ({ staff, actor, input }) => {
  const quote = await createQuote(actor, input, staff.can("sales/quote/override-price"));
  revalidatePath(`/admin/customer-users/${input.customerUserId}`);
  return { ok: true, data: { number: quote.number } };
});

/** The quote form's product picker: what this customer may buy, at their price; it shows products, so it takes their view permission. */
export const quoteCatalogLookupAction = staffAction(
  ["sales/quote/create", "catalog/product/view"],
  catalogLookupSchema,
  async ({ input }) => ({
    ok: true,
    data: await lookupCatalog(input.customerUserId, input.q, input.quantity),
  }),
);

export const sendQuoteAction = staffAction("sales/quote/edit", quoteIdSchema, async ({ actor, input }) => {
  await sendQuote(actor, input.id);
  revalidatePath("/admin/quotes");
  return { ok: true };
});
