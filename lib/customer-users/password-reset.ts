import "server-only";

import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";

import { recordAudit, type Actor } from "@/lib/audit/record";
import { prisma, transaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { revokeSessions } from "@/lib/identity/session-store";
import {
  assertNotReused,
  assertPasswordAllowed,
  customerPasswordRules,
  storeNewPassword,
} from "@/lib/identity/shop-password-rules";
import { enqueueTemplatedEmail } from "@/lib/mail/templated";
import { hashToken } from "@/lib/tokens";

/** The least time between two self-service reset mails to one account. */
export const RESET_MAIL_INTERVAL_MS = 2 * 60_000;
/** A "forgot password" request always takes at least this long, so timing does not tell whether the e-mail exists. */
const FORGOT_MIN_MS = 600;

type Recipient = {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  website: { name: string; baseUrl: string; defaultLocalization: { code: string } };
  preferredLocalization: { code: string } | null;
};
const RECIPIENT = {
  id: true,
  email: true,
  firstName: true,
  lastName: true,
  enabled: true,
  website: { select: { name: true, baseUrl: true, defaultLocalization: { select: { code: true } } } },
  preferredLocalization: { select: { code: true } },
} as const;

/**
 * A new single-use reset link for the user, mailed with the template of the key. Only the newest
 * link works: every older one is deleted with it. Only the token's hash is stored.
 */
async function mailResetLink(
  tx: Tx,
  user: Recipient,
  key: "reset-password" | "forced-password-reset",
  ttlHours: number,
  now: Date,
): Promise<void> {
  const token = randomBytes(32).toString("base64url");
  await tx.customerPasswordResetToken.deleteMany({ where: { customerUserId: user.id } });
  await tx.customerPasswordResetToken.create({
    data: {
      customerUserId: user.id,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + ttlHours * 3_600_000),
      createdAt: now,
    },
  });
  await enqueueTemplatedEmail(tx, {
    key,
    idempotencyKey: `password-reset:${hashToken(token)}`,
    to: user.email,
    recipientType: "customer-user",
    recipientId: user.id,
    locale: user.preferredLocalization?.code ?? user.website.defaultLocalization.code,
    vars: {
      firstName: user.firstName,
      lastName: user.lastName,
      email: user.email,
      websiteName: user.website.name,
      expiresInHours: ttlHours,
      resetUrl: `${user.website.baseUrl.replace(/\/$/, "")}/reset-password?token=${token}`,
    },
  });
}

/**
 * The invitation of an imported user, who has no password yet: the same single-use link as a
 * forced reset, so they choose their own.
 */
export async function sendSetPasswordLink(tx: Tx, id: string, now = new Date()): Promise<void> {
  const { resetTtlHours } = await customerPasswordRules();
  const user = await tx.customerUser.findUniqueOrThrow({ where: { id }, select: RECIPIENT });
  await mailResetLink(tx, user, "forced-password-reset", resetTtlHours, now);
}

/**
 * Back office "Reset password", as Oro does it: the password stops working at once (status RESET),
 * every session ends, and the user sets a new one through the mailed link. Disabled users are refused.
 */
export async function forcePasswordReset(actor: Actor, id: string, now = new Date()): Promise<void> {
  const { resetTtlHours } = await customerPasswordRules();
  await transaction((tx) => forcePasswordResetIn(tx, actor, id, resetTtlHours, now));
}

/** The same inside the caller's transaction, e.g. a customer administrator's reset of a colleague after the scope check. */
export async function forcePasswordResetIn(
  tx: Tx,
  actor: Actor,
  id: string,
  resetTtlHours: number,
  now = new Date(),
): Promise<void> {
  const user = await tx.customerUser.findUnique({ where: { id }, select: { ...RECIPIENT, passwordStatus: true } });
  if (!user) throw new DomainError("notFound");
  if (!user.enabled) throw new DomainError("customerUserDisabled");
  await tx.customerUser.update({ where: { id }, data: { passwordStatus: "RESET", sessionVersion: { increment: 1 } } });
  await revokeSessions(tx, { customerUserId: id }, "PASSWORD_CHANGED", now);
  await mailResetLink(tx, user, "forced-password-reset", resetTtlHours, now);
  await recordAudit(tx, actor, {
    entity: "customer-user",
    entityId: id,
    action: "reset-password",
    before: { passwordStatus: user.passwordStatus },
    after: { passwordStatus: "RESET" },
  });
}

/**
 * "Forgot password": mails a reset link to an enabled account of the website, at most once per
 * interval. Unknown, disabled and throttled e-mails get no mail, and the caller answers alike.
 */
export async function requestPasswordReset(
  websiteId: string,
  email: string,
  ip: string | null,
  now = new Date(),
): Promise<void> {
  const started = Date.now();
  const { resetTtlHours } = await customerPasswordRules();
  await transaction(async (tx) => {
    const user = await tx.customerUser.findUnique({
      where: { websiteId_email: { websiteId, email: email.trim().toLowerCase() } },
      select: RECIPIENT,
    });
    if (!user?.enabled) return;
    // one conditional update decides, so parallel requests on several instances send one mail
    const claimed = await tx.customerUser.updateMany({
      where: {
        id: user.id,
        OR: [
          { passwordResetSentAt: null },
          { passwordResetSentAt: { lte: new Date(now.getTime() - RESET_MAIL_INTERVAL_MS) } },
        ],
      },
      data: { passwordResetSentAt: now },
    });
    if (claimed.count === 0) return;
    await mailResetLink(tx, user, "reset-password", resetTtlHours, now);
    await recordAudit(
      tx,
      { staffId: null, label: `storefront: ${user.email}`, ip },
      { entity: "customer-user", entityId: user.id, action: "request-password-reset" },
    );
  });
  await sleep(Math.max(0, FORGOT_MIN_MS - (Date.now() - started)));
}

/** Whether a reset link still works (without using it up): the page shows the form only then. */
export async function resetTokenIsValid(token: string, now = new Date()): Promise<boolean> {
  if (!token || token.length > 200) return false;
  const row = await prisma.customerPasswordResetToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { expiresAt: true },
  });
  return !!row && row.expiresAt > now;
}

/**
 * Sets a new password through a reset link. The policy and history are checked before the link is
 * used, so a refused password leaves it working; the link is then consumed by the one statement
 * that deletes it, so two submissions cannot both succeed.
 */
export async function resetPasswordWithToken(
  token: string,
  password: string,
  ip: string | null,
  now = new Date(),
): Promise<void> {
  const found =
    token && token.length <= 200
      ? await prisma.customerPasswordResetToken.findUnique({
          where: { tokenHash: hashToken(token) },
          select: { expiresAt: true, customerUser: { select: { id: true, email: true } } },
        })
      : null;
  if (!found || found.expiresAt <= now) throw new DomainError("resetTokenInvalid");
  const user = found.customerUser;
  const rules = await customerPasswordRules();
  assertPasswordAllowed(rules, password, user.email);
  await transaction(
    async (tx) => {
      await assertNotReused(tx, rules, user.id, password);
      const [row] = await tx.$queryRaw<{ expiresAt: Date }[]>`
      DELETE FROM "CustomerPasswordResetToken" WHERE "tokenHash" = ${hashToken(token)} RETURNING "expiresAt"`;
      if (!row || row.expiresAt <= now) throw new DomainError("resetTokenInvalid");
      await storeNewPassword(tx, user.id, password, now);
      await recordAudit(
        tx,
        { staffId: null, label: `storefront: ${user.email}`, ip },
        {
          entity: "customer-user",
          entityId: user.id,
          action: "reset-password-by-link",
          after: { passwordStatus: "ACTIVE" },
        },
      );
    },
    { timeout: 30_000 },
  );
}
