import { z } from "zod";

import type { Translate } from "@/lib/i18n/translate";

import { amountSchema, text } from "./schema";

export const MAX_ENTRIES = 500;
export const PRICE_LIST_CURRENCIES = ["EUR"] as const;
const idSchema = z.string().min(1).max(64);

/** One row of a price list: the product by SKU, its price, and from how many pieces on it applies. */
export function priceEntrySchema(t: Translate) {
  return z.object({
    sku: text(t, 64),
    price: amountSchema(t),
    minQuantity: z.coerce
      .number({ error: t("catalog.errors.minQuantity") })
      .int({ error: t("catalog.errors.minQuantity") })
      .min(1, { error: t("catalog.errors.minQuantity") })
      .max(1_000_000, { error: t("catalog.errors.minQuantity") }),
  });
}

/** The price list form: entries, and the companies and customer groups it is assigned to. */
export function priceListFormSchema(t: Translate) {
  return z.object({
    name: text(t, 200),
    currency: z.enum(PRICE_LIST_CURRENCIES),
    entries: z
      .array(priceEntrySchema(t))
      .max(MAX_ENTRIES, { error: t("catalog.errors.tooManyEntries", { max: MAX_ENTRIES }) }),
    companies: z.array(z.object({ id: idSchema, label: z.string().max(1000) })).max(500),
    customerGroupIds: z.array(idSchema).max(100),
  });
}

export type PriceListFormInput = z.input<ReturnType<typeof priceListFormSchema>>;
export type PriceListFormValues = z.output<ReturnType<typeof priceListFormSchema>>;

export const updatePriceListSchema = (t: Translate) => z.object({ id: idSchema, values: priceListFormSchema(t) });
export const deletePriceListSchema = () => z.object({ id: idSchema });
