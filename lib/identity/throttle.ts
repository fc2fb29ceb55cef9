import "server-only";

import { prisma } from "@/lib/db";

export type ThrottleRule = { maxFailures: number; windowMinutes: number; blockMinutes: number };
/** A counter of sign-in attempts, and what a successful one does to it: an account's starts afresh, an address's gives the attempt back. */
export type ThrottleKey = { key: string; rule: ThrottleRule; onSuccess: "clear" | "refund" };
/** An attempt counted before its password is checked, with its place in the count. */
export type Reservation = ThrottleKey & { place: number };
export type Reserved = { ok: true; held: Reservation[] } | { ok: false; minutes: number };

/**
 * Counts one attempt on the key in a single statement (the row lock of the upsert orders parallel
 * attempts on every instance), so the count already holds the attempts whose password is still
 * being checked. A blocked key is not counted; an elapsed window starts a new count.
 */
async function countAttempt(k: ThrottleKey, now: Date): Promise<{ place: number; blockedUntil: Date | null }> {
  const windowStart = new Date(now.getTime() - k.rule.windowMinutes * 60_000);
  const [row] = await prisma.$queryRaw<{ failures: number; blockedUntil: Date | null }[]>`
    INSERT INTO "LoginThrottle" AS t ("key", "failures", "windowStart", "updatedAt") VALUES (${k.key}, 1, ${now}, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN t."blockedUntil" > ${now} THEN t."failures" WHEN t."windowStart" < ${windowStart} THEN 1 ELSE t."failures" + 1 END,
      "windowStart" = CASE WHEN t."blockedUntil" > ${now} OR t."windowStart" >= ${windowStart} THEN t."windowStart" ELSE ${now} END,
      "updatedAt" = ${now}
    RETURNING "failures", "blockedUntil"`;
  return {
    place: row!.failures,
    blockedUntil: row!.blockedUntil && row!.blockedUntil > now ? row!.blockedUntil : null,
  };
}

const giveBack = (key: string) =>
  prisma.$executeRaw`UPDATE "LoginThrottle" SET "failures" = GREATEST("failures" - 1, 0) WHERE "key" = ${key}`;

/**
 * Reserves the attempt under every key before any password is checked. A blocked key, or one whose
 * limit is taken by earlier attempts (finished or still being checked), refuses it: nothing stays
 * counted then, and the caller answers without spending a hash.
 */
export async function reserveAttempt(keys: ThrottleKey[], now = new Date()): Promise<Reserved> {
  const held: Reservation[] = [];
  for (const k of keys) {
    const { place, blockedUntil } = await countAttempt(k, now);
    if (blockedUntil || place > k.rule.maxFailures) {
      if (!blockedUntil) await giveBack(k.key);
      for (const h of held) await giveBack(h.key);
      const minutes = blockedUntil ? Math.ceil((blockedUntil.getTime() - now.getTime()) / 60_000) : k.rule.blockMinutes;
      return { ok: false, minutes };
    }
    held.push({ ...k, place });
  }
  return { ok: true, held };
}

/** The attempt failed: it stays counted, and the one that reached a limit blocks that key and starts a new count. */
export async function settleFailure(held: readonly Reservation[], now = new Date()): Promise<void> {
  for (const { key, rule, place } of held) {
    if (place < rule.maxFailures) continue;
    await prisma.loginThrottle.updateMany({
      where: { key },
      data: { failures: 0, windowStart: now, blockedUntil: new Date(now.getTime() + rule.blockMinutes * 60_000) },
    });
  }
}

/** The attempt succeeded: account keys start afresh, address keys get the attempt back. */
export async function settleSuccess(held: readonly Reservation[]): Promise<void> {
  for (const { key, onSuccess } of held) {
    if (onSuccess === "clear") await prisma.loginThrottle.deleteMany({ where: { key } });
    else await giveBack(key);
  }
}

/**
 * For a check too cheap to be worth racing (a keyed hash, not a password hash): whether any key is
 * blocked, read without a write, and the failures each key holds. Nothing is reserved: a failure is
 * counted afterwards (countFailure), a success clears what it must (clearFailures).
 */
export async function throttleState(
  keys: readonly ThrottleKey[],
  now = new Date(),
): Promise<{ blockedMinutes: number | null; failures: Map<string, number> }> {
  const rows = await prisma.loginThrottle.findMany({
    where: { key: { in: keys.map((k) => k.key) } },
    select: { key: true, failures: true, windowStart: true, blockedUntil: true },
  });
  const failures = new Map<string, number>();
  let blockedUntil: Date | null = null;
  for (const r of rows) {
    const rule = keys.find((k) => k.key === r.key)!.rule;
    if (r.blockedUntil && r.blockedUntil > now && (!blockedUntil || r.blockedUntil > blockedUntil))
      blockedUntil = r.blockedUntil;
    if (r.windowStart.getTime() >= now.getTime() - rule.windowMinutes * 60_000) failures.set(r.key, r.failures);
  }
  const blockedMinutes = blockedUntil ? Math.ceil((blockedUntil.getTime() - now.getTime()) / 60_000) : null;
  return { blockedMinutes, failures };
}

/** A failed attempt that throttleState let through: counted under every key, blocking the key it takes to its limit. */
export async function countFailure(keys: readonly ThrottleKey[], now = new Date()): Promise<void> {
  const reserved = await reserveAttempt([...keys], now);
  if (reserved.ok) await settleFailure(reserved.held, now);
}

/** A successful attempt that throttleState let through: the keys that start afresh on success and hold failures are cleared. */
export async function clearFailures(
  keys: readonly ThrottleKey[],
  failures: ReadonlyMap<string, number>,
): Promise<void> {
  const clear = keys.filter((k) => k.onSuccess === "clear" && (failures.get(k.key) ?? 0) > 0).map((k) => k.key);
  if (clear.length > 0) await prisma.loginThrottle.deleteMany({ where: { key: { in: clear } } });
}
