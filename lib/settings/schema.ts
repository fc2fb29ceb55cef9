import { z } from "zod";

import { ASSISTANCE_CONSENT_MODES, QUICK_ACTION_MODES } from "@/lib/config/keys";
import type { Translate } from "@/lib/i18n/translate";

const int = (t: Translate, min: number, max: number) =>
  z.coerce
    .number({ error: t("settings.errors.number") })
    .int({ error: t("settings.errors.number") })
    .min(min, { error: t("settings.errors.range", { min, max }) })
    .max(max, { error: t("settings.errors.range", { min, max }) });

export const PASSWORD_NUMBERS = [
  "passwordResetTtlHours",
  "passwordMinLength",
  "passwordHistoryCount",
  "passwordMaxAgeDays",
  "passwordExpiryReminderDays",
] as const;
export const PASSWORD_TOGGLES = [
  "passwordRequireLower",
  "passwordRequireUpper",
  "passwordRequireDigit",
  "passwordRequireSymbol",
  "passwordHistoryEnabled",
] as const;

const minutes = (t: Translate, min: number) =>
  z.coerce
    .number({ error: t("settings.errors.number") })
    .int({ error: t("settings.errors.number") })
    .min(min, { error: t("settings.errors.range", { min, max: 525_600 }) })
    .max(525_600, { error: t("settings.errors.range", { min, max: 525_600 }) });

/** The system settings form: every key at once, as the page shows them together. */
export function settingsFormSchema(t: Translate) {
  return z.object({
    quickActionMode: z.enum(QUICK_ACTION_MODES, { error: t("settings.errors.quickActionMode") }),
    customerLoginMaxFailures: z.coerce
      .number({ error: t("settings.errors.number") })
      .int({ error: t("settings.errors.number") })
      .min(1, { error: t("settings.errors.range", { min: 1, max: 1000 }) })
      .max(1000, { error: t("settings.errors.range", { min: 1, max: 1000 }) }),
    customerLoginFailureWindowMinutes: minutes(t, 0),
    customerLockoutMinutes: minutes(t, 0),
    passwordResetTtlHours: int(t, 1, 720),
    passwordMinLength: int(t, 8, 128),
    passwordHistoryCount: int(t, 1, 50),
    passwordMaxAgeDays: int(t, 0, 3650),
    passwordExpiryReminderDays: int(t, 0, 365),
    passwordRequireLower: z.boolean(),
    passwordRequireUpper: z.boolean(),
    passwordRequireDigit: z.boolean(),
    passwordRequireSymbol: z.boolean(),
    passwordHistoryEnabled: z.boolean(),
    impersonationEnabled: z.boolean(),
    impersonationMaxMinutes: int(t, 1, 480),
    assistanceConsentMode: z.enum(ASSISTANCE_CONSENT_MODES, { error: t("settings.errors.consentMode") }),
    impersonationNotifyCustomer: z.boolean(),
    oauthAccessTokenMinutes: int(t, 1, 1440),
    exportJobThreshold: int(t, 0, 10_000_000),
    exportRetentionDays: int(t, 1, 365),
    csvImportMaxMegabytes: int(t, 1, 200),
    /** each website's own switch, saved with the settings */
    websites: z
      .array(
        z.object({
          id: z.string().min(1).max(64),
          impersonationEnabled: z.boolean(),
          /** the storefront API (/api/v1) for this website's customer users; left as it is when not sent */
          apiEnabled: z.boolean().optional(),
        }),
      )
      .max(500),
  });
}

export type SettingsFormInput = z.input<ReturnType<typeof settingsFormSchema>>;
export type SettingsFormValues = z.output<ReturnType<typeof settingsFormSchema>>;
