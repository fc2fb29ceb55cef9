import "server-only";

import { recordAudit } from "@/lib/audit/record";
import { checkRegistrationConsents } from "@/lib/consents/storefront";
import type { Tx } from "@/lib/db";
import { enqueueTemplatedEmail } from "@/lib/mail/templated";
import type { RegistrationValues } from "@/lib/shop-account/schema";

/** The least time between two "someone tried to register with your address" mails to one account, as for reset mails. */
export const EXISTING_ACCOUNT_MAIL_INTERVAL_MS = 2 * 60_000;

/**
 * A registration with an address that already has an account on the website. Nothing is created
 * and the caller answers exactly as for a new address (the consents are checked alike, so even a
 * refusal matches); the owner, if enabled, is told by mail with links to sign in and to choose a new
 * password, at most once per interval, so the form cannot be used to flood their mailbox.
 * False, having done nothing, when the address has no account.
 */
export async function registerExistingAddress(
  tx: Tx,
  websiteId: string,
  v: RegistrationValues,
  ip: string | null,
  now: Date,
): Promise<boolean> {
  const user = await tx.customerUser.findUnique({
    where: { websiteId_email: { websiteId, email: v.email } },
    select: {
      id: true,
      email: true,
      firstName: true,
      lastName: true,
      enabled: true,
      website: { select: { name: true, baseUrl: true, defaultLocalization: { select: { code: true } } } },
      preferredLocalization: { select: { code: true } },
    },
  });
  if (!user) return false;
  await checkRegistrationConsents(tx, v.consents);
  if (!user.enabled) return true;
  // one conditional update decides, so parallel registrations on several instances send one mail
  const claimed = await tx.customerUser.updateMany({
    where: {
      id: user.id,
      OR: [
        { registrationMailSentAt: null },
        { registrationMailSentAt: { lte: new Date(now.getTime() - EXISTING_ACCOUNT_MAIL_INTERVAL_MS) } },
      ],
    },
    data: { registrationMailSentAt: now },
  });
  if (claimed.count === 0) return true;
  const base = user.website.baseUrl.replace(/\/$/, "");
  await enqueueTemplatedEmail(tx, {
    key: "registration-existing-account",
    idempotencyKey: `registration-existing-account:${user.id}:${now.getTime()}`,
    to: user.email,
    recipientType: "customer-user",
    recipientId: user.id,
    locale: user.preferredLocalization?.code ?? user.website.defaultLocalization.code,
    // the account's own name, never the form's: whoever filled it in does not write to the owner
    vars: {
      firstName: user.firstName,
      lastName: user.lastName,
      email: user.email,
      websiteName: user.website.name,
      loginUrl: `${base}/login`,
      forgotPasswordUrl: `${base}/forgot-password`,
    },
  });
  await recordAudit(
    tx,
    { staffId: null, label: `storefront: ${user.email}`, ip },
    { entity: "customer-user", entityId: user.id, action: "registration-attempt" },
  );
  return true;
}
