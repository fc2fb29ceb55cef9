import { z } from "zod";

import type { Translate } from "@/lib/i18n/translate";
import { parseMinorUnits } from "@/lib/money/money";

const idSchema = z.string().min(1).max(64);
export const text = (t: Translate, max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: t("errors.required") })
    .max(max, { error: t("errors.tooLong", { max }) });

/** A decimal amount as typed ("12.5", "12,50") to minor units. */
export const amountSchema = (t: Translate) =>
  z.string().transform((v, ctx) => {
    const minor = parseMinorUnits(v);
    if (minor === null) {
      ctx.addIssue({ code: "custom", message: t("catalog.errors.price") });
      return z.NEVER;
    }
    return minor;
  });

/** The product form for create and edit; the image travels beside it (see productActionSchema). */
export function productFormSchema(t: Translate) {
  return z.object({
    sku: text(t, 64).regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: t("catalog.errors.sku") }),
    name: text(t, 200),
    description: z.string().max(20_000, { error: t("errors.tooLong", { max: 20_000 }) }),
    basePrice: amountSchema(t),
    active: z.boolean(),
    visibleGroupIds: z.array(idSchema).max(100),
  });
}

export type ProductFormInput = z.input<ReturnType<typeof productFormSchema>>;
export type ProductFormValues = z.output<ReturnType<typeof productFormSchema>>;

/** What the create action receives: the values and an optional image file. */
export const createProductSchema = (t: Translate) =>
  z.object({ values: productFormSchema(t), image: z.instanceof(Blob).nullable() });
export const updateProductSchema = (t: Translate) => createProductSchema(t).extend({ id: idSchema });

export const deleteProductSchema = () => z.object({ id: idSchema });
