import { z } from "zod";

import type { Translate } from "@/lib/i18n/translate";
import { linesSchema } from "@/lib/sales-documents/lines";

/** A quote a staff member prepares for a customer user; valid until the end of the given day, if any. */
export function quoteFormSchema(t: Translate) {
  return z.object({
    customerUserId: z.string().min(1).max(64),
    validUntil: z
      .string()
      .trim()
      .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), {
        error: t("quotes.errors.validUntil"),
      })
      .transform((v) => (v ? new Date(`${v}T00:00:00Z`) : null)),
    lines: linesSchema(t),
    /** set when the quote answers a request for quote of the same customer */
    requestForQuoteId: z
      .string()
      .max(64)
      .optional()
      .transform((v) => v || null),
  });
}

export type QuoteFormInput = z.input<ReturnType<typeof quoteFormSchema>>;
export type QuoteFormValues = z.output<ReturnType<typeof quoteFormSchema>>;

export const quoteIdSchema = () => z.object({ id: z.string().min(1).max(64) });
/** The storefront names a quote by its number, as its address does. */
export const quoteNumberSchema = () => z.object({ number: z.string().min(1).max(32) });
