import { z } from "zod";
import type { Translate } from "@/lib/i18n/translate";
import { QUICK_ACTION_MODES } from "./keys";

/** The system settings form: every key at once, as the page shows them together. */
export function settingsFormSchema(t: Translate) {
  return z.object({
    quickActionMode: z.enum(QUICK_ACTION_MODES, { error: t("settings.errors.quickActionMode") }),
  });
}

export type SettingsFormValues = z.output<ReturnType<typeof settingsFormSchema>>;
