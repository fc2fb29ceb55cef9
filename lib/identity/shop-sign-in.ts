import "server-only";

import { recordAudit } from "@/lib/audit/record";
import { getSettings } from "@/lib/config/settings";
import { prisma, transaction } from "@/lib/db";
import type { CustomerLoginSource } from "@/lib/generated/prisma/client";
import { burnPasswordCheck, verifyPassword } from "@/lib/identity/password";
import { passwordExpiresAt } from "@/lib/identity/password-policy";
import type { LockoutPolicy } from "@/lib/identity/shop-lockout";
import {
  claimAccountAttempt,
  settleAccountFailure,
  shopIpKey,
  unknownEmailKey,
} from "@/lib/identity/shop-login-throttle";
import { customerPasswordRules } from "@/lib/identity/shop-password-rules";
import { reserveAttempt, settleFailure, settleSuccess } from "@/lib/identity/throttle";

export type CustomerLoginResult =
  | { kind: "ok"; user: { id: string; email: string; sessionVersion: number; websiteId: string } }
  | { kind: "invalid" | "locked" | "throttled" | "unconfirmed" | "disabled" | "passwordReset" };

export type LoginRequest = {
  websiteId: string;
  email: string;
  password: string;
  ip: string | null;
  source?: CustomerLoginSource;
};

type Attempt = {
  email: string;
  websiteId: string;
  customerUserId: string | null;
  source: CustomerLoginSource;
  ip: string | null;
  createdAt: Date;
  /** the failure that locked the account (the dashboard counts lockouts by it) */
  lockedOut?: boolean;
};
type Account = {
  id: string;
  email: string;
  passwordHash: string | null;
  enabled: boolean;
  confirmed: boolean;
  sessionVersion: number;
  passwordStatus: "ACTIVE" | "RESET" | "EXPIRED";
  passwordChangedAt: Date;
};

export async function lockoutPolicy(): Promise<LockoutPolicy> {
  const s = await getSettings();
  return {
    maxFailures: s.customerLoginMaxFailures,
    windowMinutes: s.customerLoginFailureWindowMinutes,
    lockoutMinutes: s.customerLockoutMinutes,
  };
}

/**
 * Check a storefront sign-in on one website. Every attempt is recorded. Attempts are counted before
 * any password is checked (per address, and per account or unknown e-mail), so parallel guesses
 * cannot outrun the limits, and a refused attempt spends no hash. An unknown e-mail and a wrong
 * password answer alike and take about as long, and both lock after the same number of failures;
 * a locked account answers "locked" whatever the password. The state of an unlocked account
 * (disabled, unconfirmed) is only told to someone who knows its password.
 */
export async function verifyCustomerLogin(
  req: LoginRequest,
  now = new Date(),
  policy?: LockoutPolicy,
): Promise<CustomerLoginResult> {
  const email = req.email.trim().toLowerCase();
  const user = await prisma.customerUser.findUnique({
    where: { websiteId_email: { websiteId: req.websiteId, email } },
    select: {
      id: true,
      email: true,
      passwordHash: true,
      enabled: true,
      confirmed: true,
      sessionVersion: true,
      passwordStatus: true,
      passwordChangedAt: true,
    },
  });
  const attempt: Attempt = {
    email,
    websiteId: req.websiteId,
    customerUserId: user?.id ?? null,
    source: req.source ?? "STOREFRONT",
    ip: req.ip,
    createdAt: now,
  };
  const byIp = req.ip ? await reserveAttempt([shopIpKey(req.ip)], now) : ({ ok: true, held: [] } as const);
  let result: CustomerLoginResult = { kind: "throttled" };
  if (byIp.ok) {
    const rules = policy ?? (await lockoutPolicy());
    result = user
      ? await checkAccount(user, req.password, rules, attempt, now)
      : await checkUnknown(req.websiteId, email, req.password, rules, now);
    // the address is charged for wrong passwords only: a refusal without a check guessed nothing
    await (result.kind === "invalid" ? settleFailure(byIp.held, now) : settleSuccess(byIp.held));
  }
  // a success records its attempt with the sign-in itself
  if (result.kind !== "ok") await prisma.customerLoginAttempt.create({ data: { ...attempt, success: false } });
  return result;
}

async function checkUnknown(
  websiteId: string,
  email: string,
  password: string,
  rules: LockoutPolicy,
  now: Date,
): Promise<CustomerLoginResult> {
  const reserved = await reserveAttempt([unknownEmailKey(websiteId, email, rules)], now);
  if (!reserved.ok) return { kind: "locked" };
  await burnPasswordCheck(password);
  await settleFailure(reserved.held, now);
  return { kind: "invalid" };
}

async function checkAccount(
  user: Account,
  password: string,
  rules: LockoutPolicy,
  attempt: Attempt,
  now: Date,
): Promise<CustomerLoginResult> {
  const place = await claimAccountAttempt(user.id, rules, now);
  if (place === null) return { kind: "locked" };
  const valid = user.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : (await burnPasswordCheck(password), false);
  if (!valid) {
    attempt.lockedOut = await settleAccountFailure(user.id, place, rules, now);
    return { kind: "invalid" };
  }
  const cleared = { failedLogins: 0, failedLoginsSince: null, lockedUntil: null };
  // a password reset by an administrator no longer opens the account: only the mailed link does
  const refusal = !user.enabled
    ? "disabled"
    : !user.confirmed
      ? "unconfirmed"
      : user.passwordStatus === "RESET"
        ? "passwordReset"
        : null;
  if (refusal) {
    // the right password ends the run of failures, whether or not the account may sign in
    await prisma.customerUser.update({ where: { id: user.id }, data: cleared });
    return { kind: refusal };
  }
  // past its maximum age the password still signs in, but the session asks for a new one first
  const expiresAt = passwordExpiresAt(user.passwordChangedAt, (await customerPasswordRules()).maxAgeDays);
  const expire = user.passwordStatus === "ACTIVE" && !!expiresAt && expiresAt <= now;
  await transaction(async (tx) => {
    await tx.customerUser.update({
      where: { id: user.id },
      data: { ...cleared, lastLoginAt: now, ...(expire ? { passwordStatus: "EXPIRED" } : {}) },
    });
    await tx.customerLoginAttempt.create({ data: { ...attempt, success: true } });
    if (expire)
      await recordAudit(
        tx,
        { staffId: null, label: `storefront: ${user.email}`, ip: attempt.ip },
        {
          entity: "customer-user",
          entityId: user.id,
          action: "password-expired",
          after: { passwordStatus: "EXPIRED" },
        },
      );
  });
  return {
    kind: "ok",
    user: { id: user.id, email: user.email, sessionVersion: user.sessionVersion, websiteId: attempt.websiteId },
  };
}
