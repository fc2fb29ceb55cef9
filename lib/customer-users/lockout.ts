/** The store's lockout settings (lib/settings/keys.ts), in minutes; 0 means "no limit". */
export type LockoutPolicy = { maxFailures: number; windowMinutes: number; lockoutMinutes: number };

export type LockState = { failedLogins: number; failedLoginsSince: Date | null; locked: boolean; lockedUntil: Date | null };

/** Locked by the flag (an administrator, or a lockout without an end) or by a lockout still running. */
export function isLocked(s: Pick<LockState, "locked" | "lockedUntil">, now = new Date()): boolean {
  return s.locked || (s.lockedUntil !== null && s.lockedUntil > now);
}

/**
 * The state after one more failed sign-in. Failures older than the interval no longer count; the
 * failure that reaches the limit locks the account (for the lockout time, or until unlocked when
 * that is 0) and starts a new count, so an expired lockout does not relock on the next typo.
 */
export function afterFailure(s: LockState, policy: LockoutPolicy, now = new Date()): LockState & { justLocked: boolean } {
  const windowStart = policy.windowMinutes > 0 ? new Date(now.getTime() - policy.windowMinutes * 60_000) : null;
  const stale = !s.failedLoginsSince || (windowStart !== null && s.failedLoginsSince < windowStart);
  const failedLogins = (stale ? 0 : s.failedLogins) + 1;
  const failedLoginsSince = stale ? now : s.failedLoginsSince;
  if (failedLogins < policy.maxFailures) return { ...s, failedLogins, failedLoginsSince, justLocked: false };
  return policy.lockoutMinutes === 0
    ? { failedLogins: 0, failedLoginsSince: null, locked: true, lockedUntil: null, justLocked: true }
    : { failedLogins: 0, failedLoginsSince: null, locked: s.locked, lockedUntil: new Date(now.getTime() + policy.lockoutMinutes * 60_000), justLocked: true };
}

export const UNLOCKED: LockState = { failedLogins: 0, failedLoginsSince: null, locked: false, lockedUntil: null };
