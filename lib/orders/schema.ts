import { z } from "zod";

import type { Translate } from "@/lib/i18n/translate";
import { linesSchema } from "@/lib/sales-documents/lines";

/** An order a staff member places for a customer user: catalog lines, and addresses from the customer's address book. */
export function orderFormSchema(t: Translate) {
  return z.object({
    customerUserId: z.string().min(1).max(64),
    poNumber: z
      .string()
      .trim()
      .max(64, { error: t("errors.tooLong", { max: 64 }) })
      .transform((v) => v || null),
    billingAddressId: z
      .string()
      .min(1, { error: t("orders.errors.billing") })
      .max(64),
    shippingAddressId: z
      .string()
      .min(1, { error: t("orders.errors.shipping") })
      .max(64),
    lines: linesSchema(t),
  });
}

export type OrderFormInput = z.input<ReturnType<typeof orderFormSchema>>;
export type OrderFormValues = z.output<ReturnType<typeof orderFormSchema>>;
