import { z } from "zod";

export const QUICK_ACTION_MODES = ["new-tab", "dialog", "same-page"] as const;
/** whether staff need the customer's leave to sign in as them: never asked, unless refused, only if granted */
export const ASSISTANCE_CONSENT_MODES = ["not-required", "opt-out", "opt-in"] as const;
export type AssistanceConsentMode = (typeof ASSISTANCE_CONSENT_MODES)[number];
export type QuickActionMode = (typeof QUICK_ACTION_MODES)[number];

/**
 * Every system setting, defined once: its value's shape and the value used while nobody has set it.
 * A stored value that no longer fits its shape (e.g. after a mode was retired) reads as the default.
 */
export const SETTINGS = {
  /** how the quick action buttons of a view page open their form */
  quickActionMode: { schema: z.enum(QUICK_ACTION_MODES), default: "same-page" as QuickActionMode },
  /** failed storefront sign-ins that lock a customer user's account */
  customerLoginMaxFailures: { schema: z.number().int().min(1).max(1000), default: 10 as number },
  /** minutes within which those failures must fall; 0 = they count until a successful sign-in */
  customerLoginFailureWindowMinutes: { schema: z.number().int().min(0).max(525_600), default: 60 as number },
  /** how long the lockout lasts in minutes; 0 = until someone unlocks the account in the back office */
  customerLockoutMinutes: { schema: z.number().int().min(0).max(525_600), default: 60 as number },
  /** hours a password reset link stays valid */
  passwordResetTtlHours: { schema: z.number().int().min(1).max(720), default: 24 as number },
  /** the storefront password policy: length, required character classes, history, maximum age */
  passwordMinLength: { schema: z.number().int().min(8).max(128), default: 8 as number },
  passwordRequireLower: { schema: z.boolean(), default: false as boolean },
  passwordRequireUpper: { schema: z.boolean(), default: false as boolean },
  passwordRequireDigit: { schema: z.boolean(), default: false as boolean },
  passwordRequireSymbol: { schema: z.boolean(), default: false as boolean },
  passwordHistoryEnabled: { schema: z.boolean(), default: false as boolean },
  passwordHistoryCount: { schema: z.number().int().min(1).max(50), default: 12 as number },
  /** days until a password expires; 0 = never */
  passwordMaxAgeDays: { schema: z.number().int().min(0).max(3650), default: 0 as number },
  /** days before expiry the reminder e-mail goes out; 0 = none */
  passwordExpiryReminderDays: { schema: z.number().int().min(0).max(365), default: 7 as number },
  /** staff may sign into the storefront as a customer user at all (each website must allow it too) */
  impersonationEnabled: { schema: z.boolean(), default: false as boolean },
  /** the hard limit of one impersonation session, in minutes */
  impersonationMaxMinutes: { schema: z.number().int().min(1).max(480), default: 30 as number },
  assistanceConsentMode: { schema: z.enum(ASSISTANCE_CONSENT_MODES), default: "not-required" as AssistanceConsentMode },
  /** e-mail the customer user when a staff member signs in as them */
  impersonationNotifyCustomer: { schema: z.boolean(), default: true as boolean },
  /** lifetime of an OAuth access token of the storefront API, in minutes */
  oauthAccessTokenMinutes: { schema: z.number().int().min(1).max(1440), default: 15 as number },
  /** a CSV export selecting more customer users than this runs as a background job instead of downloading at once */
  exportJobThreshold: { schema: z.number().int().min(0).max(10_000_000), default: 5000 as number },
  /** days the file of an export job is kept for download */
  exportRetentionDays: { schema: z.number().int().min(1).max(365), default: 7 as number },
  /** the largest CSV file an import accepts, in megabytes (the file is kept in PostgreSQL) */
  csvImportMaxMegabytes: { schema: z.number().int().min(1).max(200), default: 50 as number },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValues = { [K in SettingKey]: z.output<(typeof SETTINGS)[K]["schema"]> };
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

export function settingValue<K extends SettingKey>(key: K, stored: unknown): SettingValues[K] {
  const parsed = SETTINGS[key].schema.safeParse(stored);
  return (parsed.success ? parsed.data : SETTINGS[key].default) as SettingValues[K];
}
