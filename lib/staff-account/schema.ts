import { z } from "zod";

import { localeSchema, type Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";

export const accountLocaleSchema = (t: Translate, locales: readonly Locale[]) =>
  z.object({ locale: localeSchema(t, locales) });
export type AccountLocaleInput = z.input<ReturnType<typeof accountLocaleSchema>>;
