import { describe, expect, it } from "vitest";

import { unlockCustomerUser } from "@/lib/customer-users/unlock";
import { prisma } from "@/lib/db";
import { hashPassword } from "@/lib/identity/password";
import { loadCustomerSession } from "@/lib/identity/shop-session";
import { lockoutPolicy, verifyCustomerLogin } from "@/lib/identity/shop-sign-in";
import { saveSettings } from "@/lib/settings/service";
import { makeCustomerUser } from "@/tests/customer-fixtures";
import { customerClaimsOf } from "@/tests/session-fixtures";
import { actorOf, auditRows, makeStaff, tag } from "@/tests/staff-fixtures";

const PASSWORD = "Right-pass-2026";
const policy = { maxFailures: 3, windowMinutes: 60, lockoutMinutes: 30 };

async function customer(extra: Record<string, unknown> = {}) {
  return makeCustomerUser({ passwordHash: await hashPassword(PASSWORD), confirmed: true, ...extra });
}
const login = (w: Awaited<ReturnType<typeof customer>>, password: string, now = new Date(), email = w.user.email) =>
  verifyCustomerLogin({ websiteId: w.website.id, email, password, ip: "192.0.2.7" }, now, policy);
const attempts = (email: string) =>
  prisma.customerLoginAttempt.findMany({ where: { email }, orderBy: { createdAt: "asc" } });

describe("storefront sign-in", () => {
  it("signs in with the right password, resets the count and records the attempt", async () => {
    const w = await customer({ failedLogins: 2, failedLoginsSince: new Date() });
    const res = await login(w, PASSWORD);
    expect(res).toMatchObject({ kind: "ok", user: { id: w.user.id, websiteId: w.website.id } });
    const u = await prisma.customerUser.findUniqueOrThrow({ where: { id: w.user.id } });
    expect(u.failedLogins).toBe(0);
    expect(u.lastLoginAt).not.toBeNull();
    expect(await attempts(w.user.email)).toMatchObject([
      { success: true, customerUserId: w.user.id, websiteId: w.website.id, source: "STOREFRONT", ip: "192.0.2.7" },
    ]);
  });

  it("answers an unknown e-mail and a wrong password alike, both recorded", async () => {
    const w = await customer();
    const unknown = `nobody-${tag()}@example.com`;
    expect(await login(w, PASSWORD, new Date(), unknown)).toEqual({ kind: "invalid" });
    expect(await login(w, "wrong-password-1")).toEqual({ kind: "invalid" });
    expect(await attempts(unknown)).toMatchObject([{ success: false, customerUserId: null }]);
    expect(await attempts(w.user.email)).toMatchObject([{ success: false, customerUserId: w.user.id }]);
  });

  it("finds the e-mail on the request's website only", async () => {
    const w = await customer();
    const other = await customer();
    expect(
      await verifyCustomerLogin(
        { websiteId: other.website.id, email: w.user.email, password: PASSWORD, ip: null },
        new Date(),
        policy,
      ),
    ).toEqual({ kind: "invalid" });
  });

  it("refuses an unconfirmed or disabled account with the right password, and says why", async () => {
    expect(await login(await customer({ confirmed: false }), PASSWORD)).toEqual({ kind: "unconfirmed" });
    expect(await login(await customer({ enabled: false }), PASSWORD)).toEqual({ kind: "disabled" });
  });

  it("locks after the limit within the interval, ends open sessions, and refuses even the right password", async () => {
    const w = await customer();
    const claims = await customerClaimsOf(w.user);
    const now = new Date();
    for (let i = 0; i < 3; i++) expect(await login(w, `wrong-${i}`, now)).toEqual({ kind: "invalid" });
    const u = await prisma.customerUser.findUniqueOrThrow({ where: { id: w.user.id } });
    expect(u.lockedUntil?.getTime()).toBe(now.getTime() + 30 * 60_000);
    expect(u.sessionVersion).toBe(w.user.sessionVersion + 1);
    expect(await loadCustomerSession({ ...claims, sv: w.user.sessionVersion + 1 }, w.website.id, now)).toBeNull();
    expect(await login(w, PASSWORD, now)).toEqual({ kind: "locked" });
    // the failure that locked is marked (the dashboard counts lockouts by it), the others and the refusal are not
    const recorded = await attempts(w.user.email);
    expect(recorded).toHaveLength(4);
    expect(recorded.filter((a) => a.lockedOut)).toEqual([expect.objectContaining({ success: false })]);
    // once the lockout time has passed the account opens again
    expect(await login(w, PASSWORD, new Date(now.getTime() + 31 * 60_000))).toMatchObject({ kind: "ok" });
  });

  it("with a lockout time of 0 stays locked until unlocked in the back office, which is audited", async () => {
    const w = await customer();
    const forever = { ...policy, lockoutMinutes: 0 };
    for (let i = 0; i < 3; i++)
      await verifyCustomerLogin(
        { websiteId: w.website.id, email: w.user.email, password: "nope-nope-1", ip: null },
        new Date(),
        forever,
      );
    expect(await prisma.customerUser.findUniqueOrThrow({ where: { id: w.user.id } })).toMatchObject({
      locked: true,
      lockedUntil: null,
    });
    expect(await login(w, PASSWORD, new Date(Date.now() + 10 ** 9))).toEqual({ kind: "locked" });

    const staff = await makeStaff();
    await unlockCustomerUser(actorOf(staff), w.user.id);
    expect(await prisma.customerUser.findUniqueOrThrow({ where: { id: w.user.id } })).toMatchObject({
      locked: false,
      lockedUntil: null,
      failedLogins: 0,
    });
    expect(await auditRows("customer-user", w.user.id)).toMatchObject([{ action: "unlock", actorLabel: staff.email }]);
    expect(await login(w, PASSWORD)).toMatchObject({ kind: "ok" });
  });

  it("forgets failures older than the interval", async () => {
    const w = await customer({ failedLogins: 2, failedLoginsSince: new Date(Date.now() - 61 * 60_000) });
    await login(w, "wrong-again-1");
    expect(await prisma.customerUser.findUniqueOrThrow({ where: { id: w.user.id } })).toMatchObject({
      failedLogins: 1,
      lockedUntil: null,
    });
  });

  it("counts failures forever with an interval of 0", async () => {
    const w = await customer({ failedLogins: 2, failedLoginsSince: new Date(Date.now() - 100_000 * 60_000) });
    expect(
      await verifyCustomerLogin(
        { websiteId: w.website.id, email: w.user.email, password: "wrong-again-1", ip: null },
        new Date(),
        { ...policy, windowMinutes: 0 },
      ),
    ).toEqual({ kind: "invalid" });
    expect((await prisma.customerUser.findUniqueOrThrow({ where: { id: w.user.id } })).lockedUntil).not.toBeNull();
  });

  it("counts concurrent failures in one statement each: none is lost", async () => {
    const w = await customer();
    const wide = { ...policy, maxFailures: 4 };
    await Promise.all(
      [1, 2, 3].map((i) =>
        verifyCustomerLogin(
          { websiteId: w.website.id, email: w.user.email, password: `par-${i}-x`, ip: null },
          new Date(),
          wide,
        ),
      ),
    );
    expect((await prisma.customerUser.findUniqueOrThrow({ where: { id: w.user.id } })).failedLogins).toBe(3);
  });

  it("takes the limits from the store settings", async () => {
    const keys = ["customerLoginMaxFailures", "customerLoginFailureWindowMinutes", "customerLockoutMinutes"];
    const staff = await makeStaff();
    try {
      await saveSettings(actorOf(staff), {
        customerLoginMaxFailures: 2,
        customerLoginFailureWindowMinutes: 0,
        customerLockoutMinutes: 0,
      });
      expect(await lockoutPolicy()).toEqual({ maxFailures: 2, windowMinutes: 0, lockoutMinutes: 0 });
    } finally {
      // the limits are store-wide: back to the defaults for every other test
      await prisma.systemSetting.deleteMany({ where: { key: { in: keys } } });
    }
  });
});

describe("storefront session check", () => {
  it("accepts the current session version on the user's website only", async () => {
    const w = await customer();
    const claims = await customerClaimsOf(w.user);
    expect(await loadCustomerSession(claims, w.website.id)).toMatchObject({
      id: w.user.id,
      companyId: w.company.id,
      locale: w.lang.code,
      sessionId: claims.sid,
    });
    expect(await loadCustomerSession({ ...claims, sv: claims.sv + 1 }, w.website.id)).toBeNull();
    const other = await customer();
    expect(await loadCustomerSession(claims, other.website.id)).toBeNull();
    await prisma.customerUser.update({ where: { id: w.user.id }, data: { locked: true } });
    expect(await loadCustomerSession(claims, w.website.id)).toBeNull();
  });
});
