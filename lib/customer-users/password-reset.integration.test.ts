import { afterEach, describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { verifyPassword } from "@/lib/identity/password";
import { verifyCustomerLogin } from "@/lib/identity/shop-sign-in";
import { mailedTokens, makePasswordUser, resetPasswordSettings, setPasswordSettings } from "@/tests/password-fixtures";
import { customerSessionOf } from "@/tests/session-fixtures";
import { auditRows, makeAdmin } from "@/tests/staff-fixtures";

import { forcePasswordReset, requestPasswordReset, resetPasswordWithToken, resetTokenIsValid } from "./password-reset";

afterEach(resetPasswordSettings);

const login = (w: { website: { id: string }; user: { email: string } }, password: string) =>
  verifyCustomerLogin({ websiteId: w.website.id, email: w.user.email, password, ip: null });

describe("back-office password reset", () => {
  it("stops the password and the sessions at once, mails a link, and is audited", async () => {
    const w = await makePasswordUser("Old-pass-2026");
    const { actor } = await makeAdmin();
    await forcePasswordReset(actor, w.user.id);
    const u = await prisma.customerUser.findUniqueOrThrow({ where: { id: w.user.id } });
    expect(u).toMatchObject({ passwordStatus: "RESET", sessionVersion: w.user.sessionVersion + 1 });
    expect(await customerSessionOf(u)).toBeNull();
    expect(await login(w, "Old-pass-2026")).toEqual({ kind: "passwordReset" });
    expect(await mailedTokens(w.user.id)).toHaveLength(1);
    expect((await auditRows("customer-user", w.user.id)).map((r) => r.action)).toEqual(["reset-password"]);
    // only the hash is stored
    const [token] = await mailedTokens(w.user.id);
    expect(await prisma.customerPasswordResetToken.count({ where: { tokenHash: token } })).toBe(0);
  });

  it("refuses a disabled customer user", async () => {
    const w = await makePasswordUser("Old-pass-2026", { enabled: false });
    const { actor } = await makeAdmin();
    await expect(forcePasswordReset(actor, w.user.id)).rejects.toMatchObject({ code: "customerUserDisabled" });
    expect(await mailedTokens(w.user.id)).toEqual([]);
  });

  it("honours only the newest link, once, and then the new password signs in", async () => {
    const w = await makePasswordUser("Old-pass-2026");
    const { actor } = await makeAdmin();
    await forcePasswordReset(actor, w.user.id, new Date(Date.now() - 1000));
    await forcePasswordReset(actor, w.user.id);
    const [older, newer] = await mailedTokens(w.user.id);
    expect(await resetTokenIsValid(older!)).toBe(false);
    await expect(resetPasswordWithToken(older!, "Brand-new-2026", null)).rejects.toMatchObject({
      code: "resetTokenInvalid",
    });
    await resetPasswordWithToken(newer!, "Brand-new-2026", null);
    await expect(resetPasswordWithToken(newer!, "Other-new-2026", null)).rejects.toMatchObject({
      code: "resetTokenInvalid",
    });
    const u = await prisma.customerUser.findUniqueOrThrow({
      where: { id: w.user.id },
      select: { passwordHash: true, passwordStatus: true },
    });
    expect(u.passwordStatus).toBe("ACTIVE");
    expect(await verifyPassword(u.passwordHash!, "Brand-new-2026")).toBe(true);
    expect((await login(w, "Brand-new-2026")).kind).toBe("ok");
  });

  it("refuses an expired link", async () => {
    const w = await makePasswordUser("Old-pass-2026");
    await forcePasswordReset((await makeAdmin()).actor, w.user.id);
    const [token] = await mailedTokens(w.user.id);
    await prisma.customerPasswordResetToken.updateMany({
      where: { customerUserId: w.user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await resetTokenIsValid(token!)).toBe(false);
    await expect(resetPasswordWithToken(token!, "Brand-new-2026", null)).rejects.toMatchObject({
      code: "resetTokenInvalid",
    });
  });

  it("uses the configured link lifetime", async () => {
    await setPasswordSettings({ passwordResetTtlHours: 2 });
    const w = await makePasswordUser("Old-pass-2026");
    const now = new Date();
    await forcePasswordReset((await makeAdmin()).actor, w.user.id, now);
    const row = await prisma.customerPasswordResetToken.findFirstOrThrow({ where: { customerUserId: w.user.id } });
    expect(row.expiresAt.getTime() - now.getTime()).toBe(2 * 3_600_000);
  });
});

describe("the password policy on a reset", () => {
  it("refuses a password from the history and keeps the link usable", async () => {
    await setPasswordSettings({ passwordHistoryEnabled: true, passwordHistoryCount: 3 });
    const w = await makePasswordUser("First-pass-2026");
    const { actor } = await makeAdmin();
    await forcePasswordReset(actor, w.user.id);
    const [first] = await mailedTokens(w.user.id);
    await resetPasswordWithToken(first!, "Second-pass-2026", null);
    await forcePasswordReset(actor, w.user.id);
    const [, second] = await mailedTokens(w.user.id);
    await expect(resetPasswordWithToken(second!, "First-pass-2026", null)).rejects.toMatchObject({
      code: "password.reused",
      field: "password",
    });
    await expect(resetPasswordWithToken(second!, "Second-pass-2026", null)).rejects.toMatchObject({
      code: "password.reused",
    });
    expect(await resetTokenIsValid(second!)).toBe(true);
    await resetPasswordWithToken(second!, "Third-pass-2026", null);
    expect(await prisma.passwordHistory.count({ where: { customerUserId: w.user.id } })).toBe(2);
  });

  it("applies the configured character classes and length", async () => {
    await setPasswordSettings({ passwordMinLength: 14, passwordRequireSymbol: true });
    const w = await makePasswordUser("Old-pass-2026");
    await forcePasswordReset((await makeAdmin()).actor, w.user.id);
    const [token] = await mailedTokens(w.user.id);
    await expect(resetPasswordWithToken(token!, "Short-pass-1", null)).rejects.toMatchObject({
      code: "password.tooShort",
    });
    await expect(resetPasswordWithToken(token!, "Longerxpassy2026", null)).rejects.toMatchObject({
      code: "password.needsSymbol",
    });
    await resetPasswordWithToken(token!, "Long-enough-pass-2026", null);
  });
});

describe("forgot password", () => {
  it("writes no mail for an unknown e-mail, and resolves like a known one", async () => {
    const w = await makePasswordUser("Old-pass-2026");
    const before = await prisma.emailMessage.count();
    await expect(requestPasswordReset(w.website.id, `nobody-${w.t}@example.com`, null)).resolves.toBeUndefined();
    expect(await prisma.emailMessage.count()).toBe(before);
  });

  it("mails a link at most once per two minutes and leaves the old password working", async () => {
    const w = await makePasswordUser("Old-pass-2026");
    const now = new Date();
    await requestPasswordReset(w.website.id, w.user.email.toUpperCase(), null, now);
    await requestPasswordReset(w.website.id, w.user.email, null, new Date(now.getTime() + 60_000));
    expect(await mailedTokens(w.user.id, "reset-password")).toHaveLength(1);
    await requestPasswordReset(w.website.id, w.user.email, null, new Date(now.getTime() + 121_000));
    const tokens = await mailedTokens(w.user.id, "reset-password");
    expect(tokens).toHaveLength(2);
    expect(await resetTokenIsValid(tokens[0]!)).toBe(false);
    expect((await login(w, "Old-pass-2026")).kind).toBe("ok");
    expect((await auditRows("customer-user", w.user.id)).map((r) => r.action)).toEqual([
      "request-password-reset",
      "request-password-reset",
    ]);
  });
});
