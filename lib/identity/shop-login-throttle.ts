import "server-only";

import { prisma, transaction } from "@/lib/db";
import { env } from "@/lib/env";
import { revokeSessions } from "@/lib/identity/session-store";
import { lockAfterFailure, type LockoutPolicy } from "@/lib/identity/shop-lockout";
import type { ThrottleKey } from "@/lib/identity/throttle";

/** Stands for the settings' 0 ("no end") in a throttle window or block: about a century. */
const FOREVER_MINUTES = 100 * 365 * 24 * 60;

/** Storefront sign-ins from one address, whichever accounts they name; counted in PostgreSQL so every instance sees them. */
export const shopIpKey = (ip: string): ThrottleKey => ({
  key: `shop:ip:${ip}`,
  rule: {
    maxFailures: env.SHOP_LOGIN_IP_MAX_FAILURES,
    windowMinutes: env.SHOP_LOGIN_IP_WINDOW_MINUTES,
    blockMinutes: env.SHOP_LOGIN_IP_BLOCK_MINUTES,
  },
  onSuccess: "refund",
});

/**
 * An e-mail without an account on the website locks like an account would, after the same number
 * of failures and for as long, so the "locked" answer does not tell who has an account.
 */
export const unknownEmailKey = (websiteId: string, email: string, policy: LockoutPolicy): ThrottleKey => ({
  key: `shop:email:${websiteId}:${email}`,
  rule: {
    maxFailures: policy.maxFailures,
    windowMinutes: policy.windowMinutes || FOREVER_MINUTES,
    blockMinutes: policy.lockoutMinutes || FOREVER_MINUTES,
  },
  onSuccess: "clear",
});

/**
 * Counts the attempt on the account before its password is checked, in one statement (the row lock
 * orders parallel attempts on every instance): its place in the current run of failures, or null
 * when the account is locked or earlier attempts (failed, or still being checked) have used the
 * limit. Failures older than the interval (0: none) no longer count.
 */
export async function claimAccountAttempt(id: string, policy: LockoutPolicy, now: Date): Promise<number | null> {
  const windowStart = policy.windowMinutes > 0 ? new Date(now.getTime() - policy.windowMinutes * 60_000) : new Date(0);
  const [row] = await prisma.$queryRaw<{ failedLogins: number }[]>`
    UPDATE "CustomerUser" SET
      "failedLogins" = CASE WHEN "failedLoginsSince" IS NULL OR "failedLoginsSince" < ${windowStart} THEN 1 ELSE "failedLogins" + 1 END,
      "failedLoginsSince" = CASE WHEN "failedLoginsSince" IS NULL OR "failedLoginsSince" < ${windowStart} THEN ${now} ELSE "failedLoginsSince" END
    WHERE id = ${id} AND NOT "locked" AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
      AND ("failedLoginsSince" IS NULL OR "failedLoginsSince" < ${windowStart} OR "failedLogins" < ${policy.maxFailures})
    RETURNING "failedLogins"`;
  return row?.failedLogins ?? null;
}

/**
 * A wrong password stays counted; the one at the limit locks the account and ends its open sessions.
 * Returns whether it locked.
 */
export async function settleAccountFailure(
  id: string,
  place: number,
  policy: LockoutPolicy,
  now: Date,
): Promise<boolean> {
  const lock = lockAfterFailure(place, policy, now);
  if (!lock) return false;
  await transaction(async (tx) => {
    await tx.customerUser.update({ where: { id }, data: { ...lock, sessionVersion: { increment: 1 } } });
    await revokeSessions(tx, { customerUserId: id }, "LOCKED", now);
  });
  return true;
}
