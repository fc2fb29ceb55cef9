import "server-only";

import { recordAudit, type Actor } from "@/lib/audit/record";
import { SETTING_KEYS, settingValue, type SettingValues } from "@/lib/config/keys";
import { prisma, transaction } from "@/lib/db";
import { closeSessions } from "@/lib/impersonation/close";

export type WebsiteSwitch = { id: string; impersonationEnabled: boolean; apiEnabled?: boolean };

/** Every website with its own impersonation switch, for the settings page. */
export async function listWebsiteSwitches() {
  return prisma.website.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, code: true, impersonationEnabled: true, apiEnabled: true },
  });
}

/**
 * Saves the values given that changed, each audited with its old and new value, and the websites'
 * switches in the same transaction, one audit entry per website whose switch changed.
 */
export async function saveSettings(
  actor: Actor,
  values: Partial<SettingValues>,
  websites: WebsiteSwitch[] = [],
): Promise<void> {
  await transaction(async (tx) => {
    const rows = await tx.systemSetting.findMany({
      where: { key: { in: SETTING_KEYS } },
      select: { key: true, value: true },
    });
    const stored = new Map(rows.map((r) => [r.key, r.value]));
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const key of SETTING_KEYS) {
      const old = settingValue(key, stored.get(key));
      if (values[key] === undefined || old === values[key]) continue;
      await tx.systemSetting.upsert({
        where: { key },
        create: { key, value: values[key]! },
        update: { value: values[key]! },
      });
      before[key] = old;
      after[key] = values[key];
    }
    if (Object.keys(after).length > 0)
      await recordAudit(tx, actor, { entity: "system-setting", entityId: "system", action: "update", before, after });
    if (after.impersonationEnabled === false) await closeSessions(tx, { purpose: "ASSIST" }, "FEATURE_OFF");
    const current = await tx.website.findMany({
      where: { id: { in: websites.map((w) => w.id) } },
      select: { id: true, impersonationEnabled: true, apiEnabled: true },
    });
    const wanted = new Map(websites.map((w) => [w.id, w]));
    for (const site of current) {
      const want = wanted.get(site.id)!;
      const next = { impersonationEnabled: want.impersonationEnabled, apiEnabled: want.apiEnabled ?? site.apiEnabled };
      const changed = (["impersonationEnabled", "apiEnabled"] as const).filter((k) => next[k] !== site[k]);
      if (changed.length === 0) continue;
      await tx.website.update({ where: { id: site.id }, data: next });
      await recordAudit(tx, actor, {
        entity: "website",
        entityId: site.id,
        action: "update",
        before: Object.fromEntries(changed.map((k) => [k, site[k]])),
        after: Object.fromEntries(changed.map((k) => [k, next[k]])),
      });
      if (!next.impersonationEnabled && site.impersonationEnabled)
        await closeSessions(tx, { purpose: "ASSIST", websiteId: site.id }, "FEATURE_OFF");
    }
  });
}
