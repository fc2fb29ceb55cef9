import { z } from "zod";

import type { Translate } from "@/lib/i18n/translate";

/**
 * What the customer chooses at checkout, for one shopping list or one accepted quote; the lines and their
 * prices are read on the server, never sent.
 */
export function checkoutSchema(t: Translate) {
  return z.object({
    listId: z.string().max(64).optional(),
    quoteId: z.string().max(64).optional(),
    billingAddressId: z
      .string()
      .min(1, { error: t("shop.checkout.errors.billing") })
      .max(64),
    shippingAddressId: z
      .string()
      .min(1, { error: t("shop.checkout.errors.shipping") })
      .max(64),
    poNumber: z
      .string()
      .trim()
      .max(64, { error: t("errors.tooLong", { max: 64 }) })
      .transform((v) => v || null),
  });
}

export type CheckoutInput = z.input<ReturnType<typeof checkoutSchema>>;
export type CheckoutValues = z.output<ReturnType<typeof checkoutSchema>>;
