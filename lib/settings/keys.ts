import { z } from "zod";

export const QUICK_ACTION_MODES = ["new-tab", "dialog", "same-page"] as const;
export type QuickActionMode = (typeof QUICK_ACTION_MODES)[number];

/**
 * Every system setting, defined once: its value's shape and the value used while nobody has set it.
 * A stored value that no longer fits its shape (e.g. after a mode was retired) reads as the default.
 */
export const SETTINGS = {
  /** how the quick action buttons of a view page open their form */
  quickActionMode: { schema: z.enum(QUICK_ACTION_MODES), default: "same-page" as QuickActionMode },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValues = { [K in SettingKey]: z.output<(typeof SETTINGS)[K]["schema"]> };
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

export function settingValue<K extends SettingKey>(key: K, stored: unknown): SettingValues[K] {
  const parsed = SETTINGS[key].schema.safeParse(stored);
  return (parsed.success ? parsed.data : SETTINGS[key].default) as SettingValues[K];
}
