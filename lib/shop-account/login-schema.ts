import { z } from "zod";

import type { Translate } from "@/lib/i18n/translate";

/**
 * The storefront sign-in form's rules, apart from the registration's: the sign-in page's bundle then
 * carries no phone-number or birthday rules (libphonenumber alone is some 30 KiB).
 */
export const customerEmail = (t: Translate) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { error: t("errors.emailRequired") })
    .max(254, { error: t("errors.tooLong", { max: 254 }) })
    .pipe(z.email({ error: t("errors.emailInvalid") }));

export const customerLoginSchema = (t: Translate) =>
  z.object({
    email: customerEmail(t),
    password: z
      .string()
      .min(1, { error: t("errors.passwordRequired") })
      .max(1024),
    next: z.string().max(500).optional(),
  });
