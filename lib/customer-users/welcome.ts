import "server-only";
import type { Tx } from "@/lib/db";
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
      email: true, firstName: true, lastName: true, preferredLocalization: { select: { code: true } },
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
    vars: { firstName: u.firstName, lastName: u.lastName, email: u.email, password, loginUrl: `${u.website.baseUrl.replace(/\/$/, "")}/login`, websiteName: u.website.name },
  });
}
