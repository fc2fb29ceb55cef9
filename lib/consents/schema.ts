import { z } from "zod";

import type { Translate } from "@/lib/i18n/translate";

const idSchema = z.string().min(1).max(64);
const text = (t: Translate, max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: t("errors.required") })
    .max(max, { error: t("errors.tooLong", { max }) });

/** A consent as the back office defines it; an empty page means none is linked. */
export function consentFormSchema(t: Translate) {
  return z.object({
    code: text(t, 100).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: t("consents.errors.code") }),
    name: text(t, 200),
    mandatory: z.boolean(),
    cmsPageId: z.string().max(64),
    active: z.boolean(),
  });
}

export type ConsentFormInput = z.input<ReturnType<typeof consentFormSchema>>;
export type ConsentFormValues = z.output<ReturnType<typeof consentFormSchema>>;

export const updateConsentSchema = (t: Translate) => z.object({ id: idSchema, values: consentFormSchema(t) });
export const consentIdSchema = () => z.object({ id: idSchema });
