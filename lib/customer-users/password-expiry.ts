import "server-only";

import { prisma, transaction } from "@/lib/db";
import { formatDate } from "@/lib/i18n/dates";
import { CHANGE_PASSWORD_PATH } from "@/lib/identity/shop-password-policy";
import { customerPasswordRules } from "@/lib/identity/shop-password-rules";
import { enqueueTemplatedEmail } from "@/lib/mail/templated";

const DAY = 86_400_000;

/**
 * The daily pass of the maximum password age: passwords past it become EXPIRED (sign-in does the
 * same for whoever comes first), and those expiring within the reminder window get one reminder
 * per expiry date. The idempotency key makes a repeated run, or two workers, send it once.
 */
export async function runPasswordExpiry(now = new Date()): Promise<{ expired: number; reminded: number }> {
  const rules = await customerPasswordRules();
  if (rules.maxAgeDays === 0) return { expired: 0, reminded: 0 };
  const cutoff = new Date(now.getTime() - rules.maxAgeDays * DAY);
  const { count: expired } = await prisma.customerUser.updateMany({
    where: { passwordStatus: "ACTIVE", passwordChangedAt: { lte: cutoff } },
    data: { passwordStatus: "EXPIRED" },
  });
  if (rules.reminderDays === 0) return { expired, reminded: 0 };
  const soon = await prisma.customerUser.findMany({
    where: {
      passwordStatus: "ACTIVE",
      enabled: true,
      confirmed: true,
      passwordChangedAt: { gt: cutoff, lte: new Date(cutoff.getTime() + rules.reminderDays * DAY) },
    },
    select: {
      id: true,
      email: true,
      firstName: true,
      lastName: true,
      passwordChangedAt: true,
      preferredLocalization: { select: { code: true } },
      website: { select: { name: true, baseUrl: true, defaultLocalization: { select: { code: true } } } },
    },
  });
  let reminded = 0;
  for (const u of soon) {
    const expiry = new Date(u.passwordChangedAt.getTime() + rules.maxAgeDays * DAY);
    const locale = u.preferredLocalization?.code ?? u.website.defaultLocalization.code;
    const expiresOn = expiry.toISOString().slice(0, 10);
    const { created } = await transaction((tx) =>
      enqueueTemplatedEmail(tx, {
        key: "password-expiring",
        idempotencyKey: `password-expiring:${u.id}:${expiresOn}`,
        to: u.email,
        recipientType: "customer-user",
        recipientId: u.id,
        locale,
        vars: {
          firstName: u.firstName,
          lastName: u.lastName,
          email: u.email,
          expiresOn: formatDate(expiry, locale),
          websiteName: u.website.name,
          changeUrl: `${u.website.baseUrl.replace(/\/$/, "")}${CHANGE_PASSWORD_PATH}`,
        },
      }),
    );
    if (created) reminded++;
  }
  return { expired, reminded };
}
