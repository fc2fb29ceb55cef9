import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";

export const accountLocaleSchema = (t: Translate) => z.object({ locale: z.enum(LOCALES, { error: t("errors.localeInvalid") }) });
export type AccountLocaleInput = z.input<ReturnType<typeof accountLocaleSchema>>;
