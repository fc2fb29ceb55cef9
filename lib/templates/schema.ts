import { z } from "zod";

import type { Translate } from "@/lib/i18n/translate";
import { isTemplateKey, TEMPLATE_KEYS } from "@/lib/mail/template-keys";
import { unknownVariable } from "@/lib/mail/templates";

const FIELDS = ["subject", "bodyText", "bodyHtml"] as const;

/**
 * One template as the edit form sends it. An undeclared variable is refused at the field it is in,
 * so the same message shows in the browser and after the server's check.
 */
export function templateFormSchema(t: Translate) {
  return z
    .object({
      key: z.string().refine(isTemplateKey, { error: t("errors.notFound") }),
      locale: z.string().min(1).max(16),
      subject: z
        .string()
        .trim()
        .min(1, { error: t("errors.required") })
        .max(300, { error: t("errors.tooLong", { max: 300 }) }),
      bodyText: z
        .string()
        .trim()
        .min(1, { error: t("errors.required") })
        .max(20000, { error: t("errors.tooLong", { max: 20000 }) }),
      bodyHtml: z
        .string()
        .trim()
        .max(50000, { error: t("errors.tooLong", { max: 50000 }) }),
    })
    .superRefine((value, ctx) => {
      if (!isTemplateKey(value.key)) return;
      for (const field of FIELDS) {
        const name = unknownVariable(value[field], TEMPLATE_KEYS[value.key]);
        if (name !== null)
          ctx.addIssue({
            code: "custom",
            path: [field],
            message: t("templates.unknownVariable", { name: name || "{{ }}" }),
          });
      }
    });
}

export type TemplateFormInput = z.input<ReturnType<typeof templateFormSchema>>;
export type TemplateFormValues = z.output<ReturnType<typeof templateFormSchema>>;
