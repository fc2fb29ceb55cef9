import { z } from "zod";
import type { Translate } from "@/lib/i18n/translate";
import { linesSchema } from "./lines";

/** An order a staff member places for a customer user. */
export function orderFormSchema(t: Translate) {
  return z.object({
    customerUserId: z.string().min(1).max(64),
    poNumber: z.string().trim().max(64, { error: t("errors.tooLong", { max: 64 }) }).transform((v) => v || null),
    lines: linesSchema(t),
  });
}

export type OrderFormInput = z.input<ReturnType<typeof orderFormSchema>>;
export type OrderFormValues = z.output<ReturnType<typeof orderFormSchema>>;
