import "server-only";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record";
import { passwordExpiresAt } from "@/lib/auth/password-policy";
import { revokeSessions } from "@/lib/auth/session-store";
import { prisma } from "@/lib/db";
import type { CustomerLoginSource } from "@/lib/generated/prisma/client";
import { getSettings } from "@/lib/settings/service";
import { afterFailure, isLocked, type LockoutPolicy } from "./lockout";
import { customerPasswordRules } from "./password-rules";

export type CustomerLoginResult =
  | { kind: "ok"; user: { id: string; email: string; sessionVersion: number; websiteId: string } }
  | { kind: "invalid" | "locked" | "unconfirmed" | "disabled" | "passwordReset" };

export type LoginRequest = { websiteId: string; email: string; password: string; ip: string | null; source?: CustomerLoginSource };

export async function lockoutPolicy(): Promise<LockoutPolicy> {
  const s = await getSettings();
  return { maxFailures: s.customerLoginMaxFailures, windowMinutes: s.customerLoginFailureWindowMinutes, lockoutMinutes: s.customerLockoutMinutes };
}

/**
 * Check a storefront sign-in on one website. Every attempt is recorded. An unknown e-mail and a
 * wrong password answer alike and take about as long; the state of an account (locked, disabled,
 * unconfirmed) is only told to someone who knows its password. Wrong passwords count towards the
 * lockout under a row lock, so concurrent attempts on several instances cannot slip past the limit.
 */
export async function verifyCustomerLogin(req: LoginRequest, now = new Date(), policy?: LockoutPolicy): Promise<CustomerLoginResult> {
  const email = req.email.trim().toLowerCase();
  const source = req.source ?? "STOREFRONT";
  const attempt = (customerUserId: string | null, success: boolean) =>
    ({ email, websiteId: req.websiteId, customerUserId, success, source, ip: req.ip, createdAt: now });
  const user = await prisma.customerUser.findUnique({
    where: { websiteId_email: { websiteId: req.websiteId, email } },
    select: {
      id: true, email: true, passwordHash: true, enabled: true, confirmed: true, locked: true, lockedUntil: true, sessionVersion: true,
      passwordStatus: true, passwordChangedAt: true,
    },
  });
  if (!user || !user.passwordHash) {
    await burnPasswordCheck(req.password);
    await prisma.customerLoginAttempt.create({ data: attempt(user?.id ?? null, false) });
    return { kind: "invalid" };
  }
  const valid = await verifyPassword(user.passwordHash, req.password);
  if (!valid) {
    const rules = policy ?? (await lockoutPolicy());
    await prisma.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ failedLogins: number; failedLoginsSince: Date | null; locked: boolean; lockedUntil: Date | null }[]>`
        SELECT "failedLogins", "failedLoginsSince", "locked", "lockedUntil" FROM "CustomerUser" WHERE id = ${user.id} FOR UPDATE`;
      // a locked account's failures do not count again: the lockout already holds
      if (row && !isLocked(row, now)) {
        const { justLocked, ...next } = afterFailure(row, rules, now);
        await tx.customerUser.update({ where: { id: user.id }, data: { ...next, ...(justLocked ? { sessionVersion: { increment: 1 } } : {}) } });
        if (justLocked) await revokeSessions(tx, { customerUserId: user.id }, "LOCKED", now);
      }
      await tx.customerLoginAttempt.create({ data: attempt(user.id, false) });
    });
    return { kind: "invalid" };
  }
  // a password reset by an administrator no longer opens the account: only the mailed link does
  const refusal = isLocked(user, now) ? "locked" : !user.enabled ? "disabled" : !user.confirmed ? "unconfirmed" : user.passwordStatus === "RESET" ? "passwordReset" : null;
  if (refusal) {
    await prisma.customerLoginAttempt.create({ data: attempt(user.id, false) });
    return { kind: refusal };
  }
  // past its maximum age the password still signs in, but the session asks for a new one first
  const expiresAt = passwordExpiresAt(user.passwordChangedAt, (await customerPasswordRules()).maxAgeDays);
  const expire = user.passwordStatus === "ACTIVE" && !!expiresAt && expiresAt <= now;
  await prisma.$transaction(async (tx) => {
    await tx.customerUser.update({
      where: { id: user.id },
      data: { failedLogins: 0, failedLoginsSince: null, lockedUntil: null, lastLoginAt: now, ...(expire ? { passwordStatus: "EXPIRED" } : {}) },
    });
    await tx.customerLoginAttempt.create({ data: attempt(user.id, true) });
    if (expire) await recordAudit(tx, { staffId: null, label: `storefront: ${user.email}`, ip: req.ip }, { entity: "customer-user", entityId: user.id, action: "password-expired", after: { passwordStatus: "EXPIRED" } });
  });
  return { kind: "ok", user: { id: user.id, email: user.email, sessionVersion: user.sessionVersion, websiteId: req.websiteId } };
}
