import "server-only";

import { getSettings } from "@/lib/config/settings";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/identity/password";
import { passwordProblems, type PasswordPolicy } from "@/lib/identity/password-policy";
import { revokeSessions } from "@/lib/identity/session-store";

import { generatePassword } from "./generated-password";

/** The storefront password policy as configured in the system settings. */
export type CustomerPasswordRules = PasswordPolicy & {
  historyCount: number;
  maxAgeDays: number;
  reminderDays: number;
  resetTtlHours: number;
};

/** Old hashes kept per user: the most the history setting can ask for. */
const HISTORY_KEPT = 50;

export async function customerPasswordRules(): Promise<CustomerPasswordRules> {
  const s = await getSettings();
  return {
    minLength: s.passwordMinLength,
    requireLower: s.passwordRequireLower,
    requireUpper: s.passwordRequireUpper,
    requireDigit: s.passwordRequireDigit,
    requireSymbol: s.passwordRequireSymbol,
    historyCount: s.passwordHistoryEnabled ? s.passwordHistoryCount : 0,
    maxAgeDays: s.passwordMaxAgeDays,
    reminderDays: s.passwordExpiryReminderDays,
    resetTtlHours: s.passwordResetTtlHours,
  };
}

/** Refuses a password the configured policy does not allow, naming the first broken rule at the password field. */
export function assertPasswordAllowed(rules: CustomerPasswordRules, password: string, email?: string): void {
  const [problem] = passwordProblems(password, rules, email);
  if (problem) throw new DomainError(`password.${problem}`, "password", { min: rules.minLength });
}

/** A generated password: 16 characters, or as many as the policy asks if that is more. */
export function generatedPassword(rules: CustomerPasswordRules): string {
  return generatePassword(Math.max(16, rules.minLength));
}

/**
 * The first password of a new customer user, generated or typed, and its hash. A typed one must
 * pass the configured policy (the forms' own check is only a hint). Every path that creates a
 * customer user (back office, storefront delegation) takes its password from here.
 */
export async function initialPassword(v: {
  generatePassword: boolean;
  password: string;
  email: string;
}): Promise<{ password: string; passwordHash: string }> {
  const rules = await customerPasswordRules();
  const password = v.generatePassword ? generatedPassword(rules) : v.password;
  if (!v.generatePassword) assertPasswordAllowed(rules, password, v.email);
  return { password, passwordHash: await hashPassword(password) };
}

/**
 * The history rule: the current password and the ones before it, up to the configured count, may
 * not come back. Hashes are salted, so each one is checked with argon2 rather than compared.
 */
export async function assertNotReused(
  tx: Tx,
  rules: CustomerPasswordRules,
  customerUserId: string,
  password: string,
): Promise<void> {
  if (rules.historyCount === 0) return;
  const user = await tx.customerUser.findUniqueOrThrow({
    where: { id: customerUserId },
    select: { passwordHash: true },
  });
  const older = await tx.passwordHistory.findMany({
    where: { customerUserId },
    orderBy: { createdAt: "desc" },
    take: rules.historyCount - 1,
    select: { passwordHash: true },
  });
  const hashes = [user.passwordHash, ...older.map((h) => h.passwordHash)].filter((h): h is string => !!h);
  for (const hash of hashes) {
    if (await verifyPassword(hash, password))
      throw new DomainError("password.reused", "password", { count: rules.historyCount });
  }
}

/**
 * Sets a new password that passed the checks: the old hash goes into the history, the status is
 * ACTIVE again, the age starts afresh, reset links die and every session of the account ends.
 */
export async function storeNewPassword(tx: Tx, customerUserId: string, password: string, now: Date): Promise<void> {
  const passwordHash = await hashPassword(password);
  const before = await tx.customerUser.findUniqueOrThrow({
    where: { id: customerUserId },
    select: { passwordHash: true },
  });
  if (before.passwordHash)
    await tx.passwordHistory.create({ data: { customerUserId, passwordHash: before.passwordHash, createdAt: now } });
  const stale = await tx.passwordHistory.findMany({
    where: { customerUserId },
    orderBy: { createdAt: "desc" },
    skip: HISTORY_KEPT,
    select: { id: true },
  });
  if (stale.length > 0) await tx.passwordHistory.deleteMany({ where: { id: { in: stale.map((s) => s.id) } } });
  await tx.customerUser.update({
    where: { id: customerUserId },
    data: {
      passwordHash,
      passwordStatus: "ACTIVE",
      passwordChangedAt: now,
      passwordResetSentAt: null,
      sessionVersion: { increment: 1 },
    },
  });
  await tx.customerPasswordResetToken.deleteMany({ where: { customerUserId } });
  await revokeSessions(tx, { customerUserId }, "PASSWORD_CHANGED", now);
}
