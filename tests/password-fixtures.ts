import type { SettingValues } from "@/lib/config/keys";
import { prisma } from "@/lib/db";
import { hashPassword } from "@/lib/identity/password";
import { saveSettings } from "@/lib/settings/service";
import { EMAIL_TEMPLATES } from "@/prisma/email-templates";

import { makeCustomerUser } from "./customer-fixtures";
import { recipientCopy } from "./mail-fixtures";
import { makeAdmin } from "./staff-fixtures";

const PASSWORD_KEYS = [
  "passwordResetTtlHours",
  "passwordMinLength",
  "passwordRequireLower",
  "passwordRequireUpper",
  "passwordRequireDigit",
  "passwordRequireSymbol",
  "passwordHistoryEnabled",
  "passwordHistoryCount",
  "passwordMaxAgeDays",
  "passwordExpiryReminderDays",
];

/** The password settings are one per system: a test sets what it needs and `resetPasswordSettings` puts back the defaults. */
export async function setPasswordSettings(values: Partial<SettingValues>) {
  const { actor } = await makeAdmin();
  await saveSettings(actor, values);
}
export const resetPasswordSettings = () => prisma.systemSetting.deleteMany({ where: { key: { in: PASSWORD_KEYS } } });

/** A confirmed customer user with a real password on a website whose language has the password e-mails. */
export async function makePasswordUser(password: string, extra: Record<string, unknown> = {}) {
  const w = await makeCustomerUser({ confirmed: true, passwordHash: await hashPassword(password), ...extra });
  for (const tpl of EMAIL_TEMPLATES.filter((x) => x.key.includes("password") && x.locale === "en")) {
    await prisma.emailTemplate.upsert({
      where: { key_localizationId: { key: tpl.key, localizationId: w.lang.id } },
      update: {},
      create: {
        key: tpl.key,
        localizationId: w.lang.id,
        subject: tpl.subject,
        bodyText: tpl.bodyText,
        bodyHtml: tpl.bodyHtml,
      },
    });
  }
  return w;
}

/** The reset links mailed to a user, oldest first, as the user received them. */
export async function mailedTokens(customerUserId: string, templateKey = "forced-password-reset"): Promise<string[]> {
  const mails = await prisma.emailMessage.findMany({
    where: { recipientId: customerUserId, templateKey },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  const texts = await Promise.all(mails.map(async (m) => (await recipientCopy(m.id)).text));
  return texts.map((text) => /reset-password\?token=([\w-]+)/.exec(text)?.[1] ?? "");
}
