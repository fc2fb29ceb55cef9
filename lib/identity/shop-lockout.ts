/** The store's lockout settings (lib/settings/keys.ts), in minutes; 0 means "no limit". */
export type LockoutPolicy = { maxFailures: number; windowMinutes: number; lockoutMinutes: number };

export type LockState = {
  failedLogins: number;
  failedLoginsSince: Date | null;
  locked: boolean;
  lockedUntil: Date | null;
};

/** Locked by the flag (an administrator, or a lockout without an end) or by a lockout still running. */
export function isLocked(s: Pick<LockState, "locked" | "lockedUntil">, now = new Date()): boolean {
  return s.locked || (s.lockedUntil !== null && s.lockedUntil > now);
}

/**
 * The lock that a wrong password at the limit starts (for the lockout time, or until unlocked when
 * that is 0), or null below it. Attempts are counted before their password is checked
 * (login-throttle.ts), so the failed attempt's place in the count decides. The lock starts a new
 * count, so an expired lockout does not relock on the next typo.
 */
export function lockAfterFailure(place: number, policy: LockoutPolicy, now = new Date()): Partial<LockState> | null {
  if (place < policy.maxFailures) return null;
  return policy.lockoutMinutes === 0
    ? { failedLogins: 0, failedLoginsSince: null, locked: true, lockedUntil: null }
    : {
        failedLogins: 0,
        failedLoginsSince: null,
        lockedUntil: new Date(now.getTime() + policy.lockoutMinutes * 60_000),
      };
}

export const UNLOCKED: LockState = { failedLogins: 0, failedLoginsSince: null, locked: false, lockedUntil: null };
