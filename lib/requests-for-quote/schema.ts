import { z } from "zod";

import type { Translate } from "@/lib/i18n/translate";
import { parseMinorUnits } from "@/lib/money/money";
import { MAX_LINES } from "@/lib/sales-documents/lines";

const quantity = (t: Translate) =>
  z.coerce
    .number({ error: t("orders.errors.quantity") })
    .int({ error: t("orders.errors.quantity") })
    .min(1, { error: t("orders.errors.quantity") })
    .max(1_000_000, { error: t("orders.errors.quantity") });
const poNumber = (t: Translate) =>
  z
    .string()
    .trim()
    .max(64, { error: t("errors.tooLong", { max: 64 }) })
    .transform((v) => v || null);
const note = (t: Translate) =>
  z
    .string()
    .trim()
    .max(2000, { error: t("errors.tooLong", { max: 2000 }) })
    .transform((v) => v || null);

/** One line a buyer asks a price for: the product by SKU, how many, and optionally the price they hope for. */
export function requestLineSchema(t: Translate) {
  return z.object({
    sku: z
      .string()
      .trim()
      .min(1, { error: t("errors.required") })
      .max(64, { error: t("errors.tooLong", { max: 64 }) }),
    quantity: quantity(t),
    targetPrice: z
      .string()
      .trim()
      .transform((v, ctx) => {
        if (!v) return null;
        const minor = parseMinorUnits(v);
        if (minor === null) {
          ctx.addIssue({ code: "custom", message: t("orders.errors.price") });
          return z.NEVER;
        }
        return minor;
      }),
  });
}

/** The storefront's request-for-quote form: lines typed in by SKU. */
export function requestForQuoteSchema(t: Translate) {
  return z.object({
    poNumber: poNumber(t),
    note: note(t),
    lines: z
      .array(requestLineSchema(t))
      .min(1, { error: t("orders.errors.lines") })
      .max(MAX_LINES, { error: t("orders.errors.tooManyLines", { max: MAX_LINES }) }),
  });
}

/**
 * A request made from a shopping list; `lines` narrows it to some SKUs of the list and may change
 * their quantities, otherwise the whole list is asked for.
 */
export function shoppingListRequestSchema(t: Translate) {
  return z.object({
    shoppingListId: z.string().min(1).max(64),
    poNumber: poNumber(t),
    note: note(t),
    lines: z
      .array(z.object({ sku: z.string().trim().min(1).max(64), quantity: quantity(t) }))
      .min(1)
      .max(MAX_LINES)
      .optional(),
  });
}

export type RequestForQuoteInput = z.input<ReturnType<typeof requestForQuoteSchema>>;
export type RequestForQuoteValues = z.output<ReturnType<typeof requestForQuoteSchema>>;
export type ShoppingListRequestValues = z.output<ReturnType<typeof shoppingListRequestSchema>>;
export const emptyRequestLine = (): RequestForQuoteInput["lines"][number] => ({
  sku: "",
  quantity: 1,
  targetPrice: "",
});
