import { z } from "zod";

import type { Translate } from "@/lib/i18n/translate";

const idSchema = z.string().min(1).max(64);
/** An optional reference as a form sends it: "" means none. */
const optionalId = z
  .string()
  .max(64)
  .transform((v) => v || null);

/** The company form for create and edit. The parent is chosen through a search field, never a full list. */
export function companyFormSchema(t: Translate) {
  return z.object({
    name: z
      .string()
      .trim()
      .min(1, { error: t("errors.required") })
      .max(200, { error: t("errors.tooLong", { max: 200 }) }),
    parentId: optionalId,
    websiteId: z
      .string()
      .min(1, { error: t("errors.required") })
      .max(64),
    customerGroupId: optionalId,
    salesRepId: optionalId,
  });
}

export type CompanyFormInput = z.input<ReturnType<typeof companyFormSchema>>;
export type CompanyFormValues = z.output<ReturnType<typeof companyFormSchema>>;

export const updateCompanySchema = (t: Translate) => z.object({ id: idSchema, values: companyFormSchema(t) });
export const deleteCompanySchema = () => z.object({ id: idSchema });

/** The parent typeahead: a few letters of a name; `excludeId` is the company being edited. */
export const searchCompaniesSchema = () => z.object({ q: z.string().trim().max(200), excludeId: idSchema.optional() });
