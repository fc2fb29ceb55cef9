import "server-only";
import { prisma } from "@/lib/db";

export type ThrottleRule = { maxFailures: number; windowMinutes: number; blockMinutes: number };

/** Minutes left on a block of any of the keys, or 0 when none is blocked. */
export async function blockedMinutes(keys: string[], now = new Date()): Promise<number> {
  const rows = await prisma.loginThrottle.findMany({
    where: { key: { in: keys }, blockedUntil: { gt: now } },
    select: { blockedUntil: true },
  });
  const until = Math.max(0, ...rows.map((r) => r.blockedUntil!.getTime()));
  return until ? Math.ceil((until - now.getTime()) / 60_000) : 0;
}

/**
 * Count one failure for the key under a row lock, so every instance shares the counter. The window
 * restarts after `windowMinutes`; reaching `maxFailures` blocks the key for `blockMinutes` and starts
 * a new count.
 */
export async function recordFailure(key: string, rule: ThrottleRule, now = new Date()): Promise<void> {
  const windowStart = new Date(now.getTime() - rule.windowMinutes * 60_000);
  await prisma.$transaction(async (tx) => {
    await tx.loginThrottle.createMany({ data: [{ key, failures: 0, windowStart: now }], skipDuplicates: true });
    await tx.$queryRaw`SELECT 1 FROM "LoginThrottle" WHERE "key" = ${key} FOR UPDATE`;
    const row = await tx.loginThrottle.findUniqueOrThrow({ where: { key } });
    const expired = row.windowStart < windowStart;
    let failures = (expired ? 0 : row.failures) + 1;
    let start = expired ? now : row.windowStart;
    let blockedUntil = row.blockedUntil;
    if (failures >= rule.maxFailures) {
      blockedUntil = new Date(now.getTime() + rule.blockMinutes * 60_000);
      failures = 0;
      start = now;
    }
    await tx.loginThrottle.update({ where: { key }, data: { failures, windowStart: start, blockedUntil } });
  });
}

export async function clearFailures(key: string): Promise<void> {
  await prisma.loginThrottle.deleteMany({ where: { key } });
}
