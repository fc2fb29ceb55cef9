import { z } from "zod";
import type { Translate } from "@/lib/i18n/translate";
import { parseMinorUnits } from "./money";

export const MAX_LINES = 100;

/** A line entered by hand: the price as a decimal text, stored as minor units. */
export function lineSchema(t: Translate) {
  const text = (max: number) => z.string().trim().min(1, { error: t("errors.required") }).max(max, { error: t("errors.tooLong", { max }) });
  return z.object({
    sku: text(64),
    name: text(200),
    quantity: z.coerce.number({ error: t("orders.errors.quantity") }).int({ error: t("orders.errors.quantity") }).min(1, { error: t("orders.errors.quantity") }).max(1_000_000, { error: t("orders.errors.quantity") }),
    unitPrice: z.string().transform((v, ctx) => {
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
  z.array(lineSchema(t)).min(1, { error: t("orders.errors.lines") }).max(MAX_LINES, { error: t("orders.errors.tooManyLines", { max: MAX_LINES }) });

export type LineInput = z.input<ReturnType<typeof lineSchema>>;
export const emptyLine = (): LineInput => ({ sku: "", name: "", quantity: 1, unitPrice: "" });
