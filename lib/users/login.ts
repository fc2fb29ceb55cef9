import "server-only";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";
import { blockedMinutes, clearFailures, recordFailure } from "@/lib/auth/throttle";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";

export type StaffLoginResult =
  | { kind: "ok"; user: { id: string; email: string; sessionVersion: number } }
  | { kind: "invalid" }
  | { kind: "throttled"; minutes: number };

const accountRule = () => ({ maxFailures: env.STAFF_LOGIN_MAX_FAILURES, windowMinutes: env.STAFF_LOGIN_WINDOW_MINUTES, blockMinutes: env.STAFF_LOGIN_BLOCK_MINUTES });
const ipRule = () => ({ ...accountRule(), maxFailures: env.STAFF_LOGIN_IP_MAX_FAILURES });

export const emailKey = (email: string) => `staff:email:${email.toLowerCase()}`;
export const ipKey = (ip: string) => `staff:ip:${ip}`;

/**
 * Check a back-office sign-in. Failures are counted per e-mail (known or not, so a block reveals
 * nothing) and per IP; a blocked key refuses even the right password until the block ends.
 */
export async function verifyStaffLogin(email: string, password: string, ip: string): Promise<StaffLoginResult> {
  const keys = [emailKey(email), ipKey(ip)];
  const minutes = await blockedMinutes(keys);
  if (minutes > 0) return { kind: "throttled", minutes };

  const user = await prisma.staffUser.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, email: true, status: true, sessionVersion: true, passwordHash: true },
  });
  const valid = user ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
  if (!user || !valid) {
    await recordFailure(keys[0]!, accountRule());
    await recordFailure(keys[1]!, ipRule());
    return { kind: "invalid" };
  }
  if (user.status !== "ACTIVE") return { kind: "invalid" };
  await clearFailures(keys[0]!);
  await prisma.staffUser.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { kind: "ok", user: { id: user.id, email: user.email, sessionVersion: user.sessionVersion } };
}
