import { beforeEach, describe, expect, it, vi } from "vitest";

import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { burnPasswordCheck, hashPassword, verifyPassword } from "@/lib/identity/password";
import { verifyCustomerLogin } from "@/lib/identity/shop-sign-in";
import { makeCustomerUser } from "@/tests/customer-fixtures";
import { tag } from "@/tests/staff-fixtures";

// every password check (a real one or the stand-in for an unknown e-mail) is counted; the hashing itself is real
vi.mock("@/lib/identity/password", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/identity/password")>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword), burnPasswordCheck: vi.fn(real.burnPasswordCheck) };
});
const checks = () => vi.mocked(verifyPassword).mock.calls.length + vi.mocked(burnPasswordCheck).mock.calls.length;
beforeEach(() => vi.clearAllMocks());

const PASSWORD = "Right-pass-2026";
const policy = { maxFailures: 3, windowMinutes: 60, lockoutMinutes: 30 };
const ipOf = () => `198.51.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

async function customer(extra: Record<string, unknown> = {}) {
  return makeCustomerUser({ passwordHash: await hashPassword(PASSWORD), confirmed: true, ...extra });
}
type Site = Awaited<ReturnType<typeof customer>>;
const login = (w: Site, email: string, password: string, ip: string | null = null, now = new Date(), rules = policy) =>
  verifyCustomerLogin({ websiteId: w.website.id, email, password, ip }, now, rules);

describe("a locked storefront account", () => {
  it("answers the same for the right and a wrong password, without checking either", async () => {
    const w = await customer();
    const now = new Date();
    for (let i = 0; i < 3; i++)
      expect(await login(w, w.user.email, `wrong-${i}-pass`, null, now)).toEqual({ kind: "invalid" });
    vi.clearAllMocks();
    expect(await login(w, w.user.email, PASSWORD, null, now)).toEqual({ kind: "locked" });
    expect(await login(w, w.user.email, "another-wrong-1", null, now)).toEqual({ kind: "locked" });
    expect(checks()).toBe(0);
    // the attempts are still on record
    expect(await prisma.customerLoginAttempt.count({ where: { customerUserId: w.user.id, success: false } })).toBe(5);
  });

  it("answers the same when locked by an administrator, whatever the password", async () => {
    const w = await customer({ locked: true });
    expect(await login(w, w.user.email, PASSWORD)).toEqual({ kind: "locked" });
    expect(await login(w, w.user.email, "wrong-pass-1")).toEqual({ kind: "locked" });
    expect(checks()).toBe(0);
  });

  it("is answered for an unknown e-mail too, after the same number of failures and for as long", async () => {
    const w = await customer();
    const unknown = `nobody-${tag()}@example.com`;
    const now = new Date();
    const answers = async (email: string, at: Date) => {
      const out: string[] = [];
      for (let i = 0; i < 4; i++) out.push((await login(w, email, `wrong-${i}-pass`, null, at)).kind);
      return out;
    };
    expect(await answers(w.user.email, now)).toEqual(["invalid", "invalid", "invalid", "locked"]);
    vi.clearAllMocks();
    expect(await answers(unknown, now)).toEqual(["invalid", "invalid", "invalid", "locked"]);
    expect(checks()).toBe(3);
    // once the lockout time has passed both count afresh
    const later = new Date(now.getTime() + 31 * 60_000);
    expect((await login(w, unknown, "wrong-again-1", null, later)).kind).toBe("invalid");
    expect((await login(w, w.user.email, "wrong-again-1", null, later)).kind).toBe("invalid");
  });

  it("lets at most the limit of parallel wrong passwords be checked; the rest answer locked and the account ends locked", async () => {
    const w = await customer();
    const nine = { ...policy, maxFailures: 9 };
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => login(w, w.user.email, `parallel-${i}-x`, null, new Date(), nine)),
    );
    expect(checks()).toBe(9);
    expect(results.filter((r) => r.kind === "invalid")).toHaveLength(9);
    expect(results.filter((r) => r.kind === "locked")).toHaveLength(21);
    const u = await prisma.customerUser.findUniqueOrThrow({ where: { id: w.user.id } });
    expect(u.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(u.sessionVersion).toBe(w.user.sessionVersion + 1);
    expect(await login(w, w.user.email, PASSWORD, null, new Date(), nine)).toEqual({ kind: "locked" });
  });
});

describe("storefront sign-ins per address", () => {
  it("blocks an address after the limit of failures across many e-mails, without a hash, and logs the refused attempt", async () => {
    const w = await customer();
    const ip = ipOf();
    for (let i = 0; i < env.SHOP_LOGIN_IP_MAX_FAILURES; i++) {
      expect((await login(w, `spray-${i}-${tag()}@example.com`, "guess-123456", ip)).kind).toBe("invalid");
    }
    vi.clearAllMocks();
    expect(await login(w, w.user.email, PASSWORD, ip)).toEqual({ kind: "throttled" });
    expect(checks()).toBe(0);
    expect(
      await prisma.customerLoginAttempt.findMany({
        where: { customerUserId: w.user.id },
        select: { success: true, ip: true },
      }),
    ).toEqual([{ success: false, ip }]);
    // another address signs in; the blocked one did not count against the account
    expect(await login(w, w.user.email, PASSWORD, ipOf())).toMatchObject({ kind: "ok" });
  });

  it("gives a successful sign-in its place back, so a busy office's own sign-ins do not block it", async () => {
    const w = await customer();
    const ip = ipOf();
    for (let i = 0; i < env.SHOP_LOGIN_IP_MAX_FAILURES + 5; i++)
      expect((await login(w, w.user.email, PASSWORD, ip)).kind).toBe("ok");
    expect((await prisma.loginThrottle.findUniqueOrThrow({ where: { key: `shop:ip:${ip}` } })).failures).toBe(0);
  });
});
