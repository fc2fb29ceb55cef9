import { z } from "zod";

import type { Translate } from "@/lib/i18n/translate";
import { parseMinorUnits } from "@/lib/money/money";

export const MAX_LINES = 100;

/**
 * A line staff put on an order or quote: a product of the catalog by SKU and a quantity. The name
 * and the price come from the catalog on the server; a unit price is only sent to differ from the
 * customer's own price, which takes a permission of its own. Empty means "the customer's price".
 */
export function lineSchema(t: Translate) {
  return z.object({
    sku: z
      .string()
      .trim()
      .min(1, { error: t("errors.required") })
      .max(64, { error: t("errors.tooLong", { max: 64 }) }),
    quantity: z.coerce
      .number({ error: t("orders.errors.quantity") })
      .int({ error: t("orders.errors.quantity") })
      .min(1, { error: t("orders.errors.quantity") })
      .max(1_000_000, { error: t("orders.errors.quantity") }),
    unitPrice: z
      .string()
      .max(20, { error: t("orders.errors.price") })
      .optional()
      .transform((v, ctx) => {
        if (v === undefined || v.trim() === "") return null;
        const minor = parseMinorUnits(v);
        if (minor === null) {
          ctx.addIssue({ code: "custom", message: t("orders.errors.price") });
          return z.NEVER;
        }
        return minor;
      }),
  });
}

export const linesSchema = (t: Translate) =>
  z
    .array(lineSchema(t))
    .min(1, { error: t("orders.errors.lines") })
    .max(MAX_LINES, { error: t("orders.errors.tooManyLines", { max: MAX_LINES }) });

export type LineInput = { sku: string; quantity: number | string; unitPrice?: string };
export type LineValues = z.output<ReturnType<typeof lineSchema>>;
export const emptyLine = (): LineInput => ({ sku: "", quantity: 1, unitPrice: "" });

/** What the form shows of a product once its SKU is known: its name and the customer's price for the quantity. */
export type CatalogMatch = { sku: string; name: string; unitPrice: number; currency: string };
