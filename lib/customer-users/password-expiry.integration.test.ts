import { afterEach, describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { shopActor } from "@/lib/identity/impersonated-session";
import { verifyCustomerLogin } from "@/lib/identity/shop-sign-in";
import { changeOwnPassword } from "@/lib/shop-account/service";
import { makePasswordUser, resetPasswordSettings, setPasswordSettings } from "@/tests/password-fixtures";
import { customerSessionOf } from "@/tests/session-fixtures";

import { runPasswordExpiry } from "./password-expiry";

afterEach(resetPasswordSettings);

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

describe("maximum password age", () => {
  it("expires the password at sign-in, and the session then asks for a new one until it is changed", async () => {
    await setPasswordSettings({ passwordMaxAgeDays: 30 });
    const w = await makePasswordUser("Old-pass-2026", { passwordChangedAt: daysAgo(31) });
    const result = await verifyCustomerLogin({
      websiteId: w.website.id,
      email: w.user.email,
      password: "Old-pass-2026",
      ip: null,
    });
    expect(result.kind).toBe("ok");
    expect(
      await prisma.customerUser.findUniqueOrThrow({ where: { id: w.user.id }, select: { passwordStatus: true } }),
    ).toEqual({ passwordStatus: "EXPIRED" });
    const session = (await customerSessionOf(w.user))!;
    expect(session.passwordExpired).toBe(true);
    await changeOwnPassword(shopActor(session, null), w.user.id, "Old-pass-2026", "Fresh-pass-2026");
    const u = await prisma.customerUser.findUniqueOrThrow({
      where: { id: w.user.id },
      select: { passwordStatus: true, sessionVersion: true },
    });
    expect(u.passwordStatus).toBe("ACTIVE");
    expect((await customerSessionOf({ ...w.user, sessionVersion: u.sessionVersion }))!.passwordExpired).toBe(false);
  });

  it("never expires a password while the maximum age is 0", async () => {
    const w = await makePasswordUser("Old-pass-2026", { passwordChangedAt: daysAgo(4000) });
    await verifyCustomerLogin({ websiteId: w.website.id, email: w.user.email, password: "Old-pass-2026", ip: null });
    expect(
      await prisma.customerUser.findUniqueOrThrow({ where: { id: w.user.id }, select: { passwordStatus: true } }),
    ).toEqual({ passwordStatus: "ACTIVE" });
  });

  it("the daily pass expires old passwords and reminds once per expiry date", async () => {
    await setPasswordSettings({ passwordMaxAgeDays: 30, passwordExpiryReminderDays: 5 });
    const old = await makePasswordUser("Old-pass-2026", { passwordChangedAt: daysAgo(40) });
    const soon = await makePasswordUser("Old-pass-2026", { passwordChangedAt: daysAgo(27) });
    const fresh = await makePasswordUser("Old-pass-2026", { passwordChangedAt: daysAgo(2) });
    await runPasswordExpiry();
    await runPasswordExpiry();
    const status = async (id: string) =>
      (await prisma.customerUser.findUniqueOrThrow({ where: { id }, select: { passwordStatus: true } })).passwordStatus;
    expect([await status(old.user.id), await status(soon.user.id), await status(fresh.user.id)]).toEqual([
      "EXPIRED",
      "ACTIVE",
      "ACTIVE",
    ]);
    const reminders = await prisma.emailMessage.findMany({
      where: { templateKey: "password-expiring", recipientId: { in: [old.user.id, soon.user.id, fresh.user.id] } },
    });
    expect(reminders.map((m) => m.recipientId)).toEqual([soon.user.id]);
    expect(reminders[0]!.text).toContain("/account/password");
  });
});

describe("the policy on the customer's own change", () => {
  it("refuses the configured classes and recent passwords", async () => {
    await setPasswordSettings({ passwordRequireUpper: true, passwordHistoryEnabled: true });
    const w = await makePasswordUser("Old-pass-2026");
    const session = (await customerSessionOf(w.user))!;
    const actor = shopActor(session, null);
    await expect(changeOwnPassword(actor, w.user.id, "Old-pass-2026", "lower-only-2026")).rejects.toMatchObject({
      code: "password.needsUpper",
      field: "password",
    });
    await expect(changeOwnPassword(actor, w.user.id, "Old-pass-2026", "Old-pass-2026")).rejects.toMatchObject({
      code: "password.reused",
    });
    await changeOwnPassword(actor, w.user.id, "Old-pass-2026", "Next-pass-2026");
    await expect(changeOwnPassword(actor, w.user.id, "Next-pass-2026", "Old-pass-2026")).rejects.toMatchObject({
      code: "password.reused",
    });
  });
});
