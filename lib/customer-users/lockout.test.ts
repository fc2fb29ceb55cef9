import { describe, expect, it } from "vitest";
import { afterFailure, isLocked, UNLOCKED, type LockState } from "./lockout";

const now = new Date("2026-11-23T12:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const policy = { maxFailures: 3, windowMinutes: 60, lockoutMinutes: 30 };

describe("afterFailure", () => {
  it("counts failures within the interval and locks for the lockout time at the limit", () => {
    let s: LockState = UNLOCKED;
    s = afterFailure(s, policy, now);
    s = afterFailure(s, policy, now);
    expect(s).toMatchObject({ failedLogins: 2, locked: false, lockedUntil: null });
    const third = afterFailure(s, policy, now);
    expect(third).toMatchObject({ justLocked: true, failedLogins: 0, locked: false, lockedUntil: new Date(now.getTime() + 30 * 60_000) });
    expect(isLocked(third, now)).toBe(true);
    expect(isLocked(third, new Date(now.getTime() + 31 * 60_000))).toBe(false);
  });

  it("restarts the count when the first failure is older than the interval", () => {
    const s = afterFailure({ ...UNLOCKED, failedLogins: 2, failedLoginsSince: minutesAgo(61) }, policy, now);
    expect(s).toMatchObject({ failedLogins: 1, failedLoginsSince: now, justLocked: false });
  });

  it("counts forever with an interval of 0", () => {
    const s = afterFailure({ ...UNLOCKED, failedLogins: 2, failedLoginsSince: minutesAgo(100_000) }, { ...policy, windowMinutes: 0 }, now);
    expect(s.justLocked).toBe(true);
  });

  it("locks until unlocked with a lockout time of 0", () => {
    const s = afterFailure({ ...UNLOCKED, failedLogins: 2, failedLoginsSince: now }, { ...policy, lockoutMinutes: 0 }, now);
    expect(s).toMatchObject({ locked: true, lockedUntil: null, justLocked: true });
    expect(isLocked(s, new Date(now.getTime() + 10 ** 10))).toBe(true);
  });
});
