import "server-only";

import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { burnPasswordCheck, verifyPassword } from "@/lib/identity/password";
import { reserveAttempt, settleFailure, settleSuccess, type ThrottleKey } from "@/lib/identity/throttle";

export type StaffLoginResult =
  | { kind: "ok"; user: { id: string; email: string; sessionVersion: number } }
  | { kind: "invalid" }
  | { kind: "throttled"; minutes: number };

const accountRule = () => ({
  maxFailures: env.STAFF_LOGIN_MAX_FAILURES,
  windowMinutes: env.STAFF_LOGIN_WINDOW_MINUTES,
  blockMinutes: env.STAFF_LOGIN_BLOCK_MINUTES,
});
const ipRule = () => ({ ...accountRule(), maxFailures: env.STAFF_LOGIN_IP_MAX_FAILURES });

export const emailKey = (email: string) => `staff:email:${email.toLowerCase()}`;
export const ipKey = (ip: string) => `staff:ip:${ip}`;

/**
 * Check a back-office sign-in. Attempts are counted per e-mail (known or not, so a block reveals
 * nothing) and per IP before the password is checked, so parallel guesses cannot outrun the limit;
 * a blocked key refuses even the right password, without checking it, until the block ends.
 */
export async function verifyStaffLogin(email: string, password: string, ip: string): Promise<StaffLoginResult> {
  const keys: ThrottleKey[] = [
    { key: ipKey(ip), rule: ipRule(), onSuccess: "refund" },
    { key: emailKey(email), rule: accountRule(), onSuccess: "clear" },
  ];
  const reserved = await reserveAttempt(keys);
  if (!reserved.ok) return { kind: "throttled", minutes: reserved.minutes };

  const user = await prisma.staffUser.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, email: true, status: true, sessionVersion: true, passwordHash: true },
  });
  const valid = user ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
  // an inactive user's right password counts as a failure too: it must not be told apart
  if (!user || !valid || user.status !== "ACTIVE") {
    await settleFailure(reserved.held);
    return { kind: "invalid" };
  }
  await settleSuccess(reserved.held);
  await prisma.staffUser.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { kind: "ok", user: { id: user.id, email: user.email, sessionVersion: user.sessionVersion } };
}
