import "server-only";

import { prisma } from "@/lib/db";

import { SETTING_KEYS, settingValue, type SettingKey, type SettingValues } from "./keys";

/**
 * The system settings as the rest of the code reads them (sign-in, password rules, impersonation,
 * mail): below the identity layer, so that it can read them without reaching into a domain.
 * Saving them, with its audit and side effects, is lib/settings.
 */

/** One setting, or its default while nobody has saved it. */
export async function getSetting<K extends SettingKey>(key: K): Promise<SettingValues[K]> {
  const row = await prisma.systemSetting.findUnique({ where: { key }, select: { value: true } });
  return settingValue(key, row?.value);
}

export async function getSettings(): Promise<SettingValues> {
  const rows = await prisma.systemSetting.findMany({
    where: { key: { in: SETTING_KEYS } },
    select: { key: true, value: true },
  });
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  return Object.fromEntries(SETTING_KEYS.map((k) => [k, settingValue(k, stored.get(k))])) as SettingValues;
}
