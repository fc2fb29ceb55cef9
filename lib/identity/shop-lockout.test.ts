import { describe, expect, it } from "vitest";

import { isLocked, lockAfterFailure, UNLOCKED } from "@/lib/identity/shop-lockout";

const now = new Date("2026-11-23T12:00:00Z");
const policy = { maxFailures: 3, windowMinutes: 60, lockoutMinutes: 30 };

describe("lockAfterFailure", () => {
  it("locks for the lockout time when the attempt at the limit fails, and starts a new count", () => {
    expect(lockAfterFailure(2, policy, now)).toBeNull();
    const lock = lockAfterFailure(3, policy, now);
    expect(lock).toEqual({
      failedLogins: 0,
      failedLoginsSince: null,
      lockedUntil: new Date(now.getTime() + 30 * 60_000),
    });
    expect(isLocked({ ...UNLOCKED, ...lock }, now)).toBe(true);
    expect(isLocked({ ...UNLOCKED, ...lock }, new Date(now.getTime() + 31 * 60_000))).toBe(false);
  });

  it("locks until unlocked with a lockout time of 0", () => {
    const lock = lockAfterFailure(3, { ...policy, lockoutMinutes: 0 }, now);
    expect(lock).toMatchObject({ locked: true, lockedUntil: null });
    expect(isLocked({ ...UNLOCKED, ...lock }, new Date(now.getTime() + 10 ** 10))).toBe(true);
  });
});
