import { z } from "zod";

import type { Translate } from "./translate";

/**
 * Interface languages are the catalogues in messages/<code>.json (each names itself in
 * `meta.languageName`): adding a language is adding a file. This module is pure; the list itself
 * is read on the server by lib/i18n/catalogs.ts and handed to forms.
 */
export type Locale = string;
export type LocaleOption = { code: Locale; name: string };
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_CODE = /^[a-z]{2,3}(-[A-Z]{2})?$/;

/** Best match for an Accept-Language header among the available locales. */
export function negotiateLocale(acceptLanguage: string | null, available: readonly Locale[]): Locale {
  const wanted = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag, q] = part.trim().split(";q=");
      return { tag: (tag ?? "").toLowerCase().split("-")[0] ?? "", q: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  return wanted.map((w) => w.tag).find((tag) => available.includes(tag)) ?? DEFAULT_LOCALE;
}

export const localeSchema = (t: Translate, available: readonly Locale[]) =>
  z
    .string({ error: t("errors.localeInvalid") })
    .refine((v) => available.includes(v), { error: t("errors.localeInvalid") });
