import "server-only";

import { randomBytes } from "node:crypto";

import { recordAudit, type Actor } from "@/lib/audit/record";
import { acceptOnRegistration } from "@/lib/consents/storefront";
import { isUniqueViolation, transaction, type Tx } from "@/lib/db";
import { hashPassword } from "@/lib/identity/password";
import { assertPasswordAllowed, customerPasswordRules } from "@/lib/identity/shop-password-rules";
import { enqueueTemplatedEmail } from "@/lib/mail/templated";
import type { RegistrationValues } from "@/lib/shop-account/schema";
import { hashToken } from "@/lib/tokens";

import { registerExistingAddress } from "./registration-existing";

export const CONFIRMATION_TTL_HOURS = 48;
/** Oro's predefined storefront role that the first user of a self-registered company holds. */
export const REGISTRATION_ROLE = "Administrator";

/** A new single-use confirmation link; only its hash is stored. */
async function issueConfirmation(tx: Tx, customerUserId: string, now: Date): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.customerConfirmationToken.create({
    data: {
      customerUserId,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + CONFIRMATION_TTL_HOURS * 3_600_000),
    },
  });
  return token;
}

/**
 * Registers a person on a website as Oro does: a new company on that website, the person as its
 * first user with the predefined Administrator role, unconfirmed until the link in the
 * confirmation e-mail is opened. Account, company and e-mail are written in one transaction.
 * An address that already has an account gets the same answer, after the same work, and its owner
 * a mail instead (registration-existing.ts): the form never tells who has an account.
 */
export async function registerCustomer(
  websiteId: string,
  v: RegistrationValues,
  ip: string | null,
  now = new Date(),
): Promise<void> {
  assertPasswordAllowed(await customerPasswordRules(), v.password, v.email);
  const passwordHash = await hashPassword(v.password);
  const actor: Actor = { staffId: null, label: `storefront: ${v.email}`, ip };
  try {
    await transaction(async (tx) => {
      if (await registerExistingAddress(tx, websiteId, v, ip, now)) return;
      const website = await tx.website.findUniqueOrThrow({
        where: { id: websiteId },
        select: { name: true, baseUrl: true, defaultLocalization: { select: { id: true, code: true } } },
      });
      const role = await tx.customerRole.findFirst({
        where: { name: REGISTRATION_ROLE, companyId: null },
        select: { id: true },
      });
      if (!role)
        throw new Error(`The predefined customer role "${REGISTRATION_ROLE}" is missing: run the seed or create it.`);
      const company = await tx.company.create({ data: { name: v.companyName, websiteId }, select: { id: true } });
      const user = await tx.customerUser.create({
        data: {
          companyId: company.id,
          websiteId,
          email: v.email,
          firstName: v.firstName,
          lastName: v.lastName,
          passwordHash,
          enabled: true,
          confirmed: false,
          roles: { create: [{ roleId: role.id }] },
        },
        select: { id: true },
      });
      await acceptOnRegistration(tx, user.id, v.consents);
      await recordAudit(tx, actor, {
        entity: "company",
        entityId: company.id,
        action: "create",
        after: { name: v.companyName },
      });
      await recordAudit(tx, actor, {
        entity: "customer-user",
        entityId: user.id,
        action: "register",
        after: {
          email: v.email,
          firstName: v.firstName,
          lastName: v.lastName,
          company: v.companyName,
          roles: [REGISTRATION_ROLE],
        },
      });
      const token = await issueConfirmation(tx, user.id, now);
      await enqueueTemplatedEmail(tx, {
        key: "confirm-registration",
        idempotencyKey: `customer-user-confirm:${user.id}:${now.getTime()}`,
        to: v.email,
        recipientType: "customer-user",
        recipientId: user.id,
        locale: website.defaultLocalization.code,
        vars: {
          firstName: v.firstName,
          lastName: v.lastName,
          email: v.email,
          websiteName: website.name,
          confirmUrl: `${website.baseUrl.replace(/\/$/, "")}/confirm?token=${token}`,
        },
      });
    });
  } catch (e) {
    // a parallel registration of the same address got there first: answer as for any existing address
    if (!isUniqueViolation(e) || !(await transaction((tx) => registerExistingAddress(tx, websiteId, v, ip, now))))
      throw e;
  }
}

/**
 * Opens a confirmation link once: the token is consumed (deleted) in the same statement that finds
 * it, so two clicks cannot both succeed. An expired or unknown token changes nothing.
 */
export async function confirmRegistration(token: string, now = new Date()): Promise<{ ok: boolean }> {
  if (!token || token.length > 200) return { ok: false };
  return transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ customerUserId: string; expiresAt: Date }[]>`
      DELETE FROM "CustomerConfirmationToken" WHERE "tokenHash" = ${hashToken(token)} RETURNING "customerUserId", "expiresAt"`;
    if (!row || row.expiresAt <= now) return { ok: false };
    const user = await tx.customerUser.update({
      where: { id: row.customerUserId },
      data: { confirmed: true },
      select: { email: true },
    });
    await tx.customerConfirmationToken.deleteMany({ where: { customerUserId: row.customerUserId } });
    await recordAudit(
      tx,
      { staffId: null, label: `storefront: ${user.email}`, ip: null },
      {
        entity: "customer-user",
        entityId: row.customerUserId,
        action: "confirm",
        before: { confirmed: false },
        after: { confirmed: true },
      },
    );
    return { ok: true };
  });
}
