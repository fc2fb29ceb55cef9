import "server-only";

import type { Tx } from "@/lib/db";
import { hashPassword } from "@/lib/identity/password";
import { customerPasswordRules, generatedPassword } from "@/lib/identity/shop-password-rules";
import { enqueueTemplatedEmail } from "@/lib/mail/templated";

/**
 * The welcome e-mail with the sign-in details, in the user's preferred language or else their
 * website's. The password is a secret variable: the outbox shows it masked and keeps it sealed only
 * until delivery (lib/mail/template-keys.ts).
 */
export async function sendWelcomeEmail(tx: Tx, customerUserId: string, password: string): Promise<void> {
  const u = await tx.customerUser.findUniqueOrThrow({
    where: { id: customerUserId },
    select: {
      email: true,
      firstName: true,
      lastName: true,
      preferredLocalization: { select: { code: true } },
      website: { select: { name: true, baseUrl: true, defaultLocalization: { select: { code: true } } } },
    },
  });
  await enqueueTemplatedEmail(tx, {
    key: "welcome",
    idempotencyKey: `customer-user-welcome:${customerUserId}:${Date.now()}`,
    to: u.email,
    recipientType: "customer-user",
    recipientId: customerUserId,
    locale: u.preferredLocalization?.code ?? u.website.defaultLocalization.code,
    vars: {
      firstName: u.firstName,
      lastName: u.lastName,
      email: u.email,
      password,
      loginUrl: `${u.website.baseUrl.replace(/\/$/, "")}/login`,
      websiteName: u.website.name,
    },
  });
}

/**
 * The welcome e-mail asked for on create: at once for an enabled account; for a disabled one it
 * waits (no credentials go to an account that cannot sign in) and goes out on enabling, by
 * `sendPendingWelcome`. The password typed or generated now is not kept for it.
 */
export async function welcomeOnCreate(
  tx: Tx,
  customerUserId: string,
  enabled: boolean,
  password: string,
): Promise<void> {
  if (enabled) await sendWelcomeEmail(tx, customerUserId, password);
  else await tx.customerUser.update({ where: { id: customerUserId }, data: { welcomePending: true } });
}

/**
 * Call in the transaction that enables the account. A waiting welcome goes out with a freshly
 * generated password, which replaces the one set at creation (that one was never mailed, and no
 * secret is kept in clear to be mailed later).
 */
export async function sendPendingWelcome(tx: Tx, customerUserId: string): Promise<boolean> {
  const claimed = await tx.customerUser.updateMany({
    where: { id: customerUserId, welcomePending: true },
    data: { welcomePending: false },
  });
  if (claimed.count === 0) return false;
  const password = generatedPassword(await customerPasswordRules());
  await tx.customerUser.update({
    where: { id: customerUserId },
    data: { passwordHash: await hashPassword(password), passwordStatus: "ACTIVE", passwordChangedAt: new Date() },
  });
  await sendWelcomeEmail(tx, customerUserId, password);
  return true;
}
