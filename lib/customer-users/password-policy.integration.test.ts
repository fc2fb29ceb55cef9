import { afterEach, describe, expect, it } from "vitest";

import { getSettings } from "@/lib/config/settings";
import { prisma } from "@/lib/db";
import { shopActor } from "@/lib/identity/impersonated-session";
import { hashPassword } from "@/lib/identity/password";
import { customerAccess } from "@/lib/shop-access/service";
import { changeOwnPassword } from "@/lib/shop-account/service";
import { createAccountUser } from "@/lib/shop-company-users/service";
import { makeAccountTree, sessionOf } from "@/tests/account-fixtures";
import { makeCustomerUser } from "@/tests/customer-fixtures";
import { recipientCopy } from "@/tests/mail-fixtures";
import { resetPasswordSettings, setPasswordSettings } from "@/tests/password-fixtures";
import { makeAdmin } from "@/tests/staff-fixtures";

import { createCustomerUser } from "./manage";

afterEach(resetPasswordSettings);

describe("the configured storefront password policy", () => {
  it("has a lenient default: 8 characters, no classes, no history, no expiry, links valid 24 hours", async () => {
    expect(await getSettings()).toMatchObject({
      passwordMinLength: 8,
      passwordRequireLower: false,
      passwordRequireUpper: false,
      passwordRequireDigit: false,
      passwordRequireSymbol: false,
      passwordHistoryEnabled: false,
      passwordHistoryCount: 12,
      passwordMaxAgeDays: 0,
      passwordExpiryReminderDays: 7,
      passwordResetTtlHours: 24,
    });
  });

  it("is enforced by the server on the back-office form, whose own check only knows the static rule", async () => {
    await setPasswordSettings({ passwordMinLength: 12, passwordRequireDigit: true });
    const { actor } = await makeAdmin();
    const w = await makeCustomerUser();
    const role = await prisma.customerRole.create({ data: { name: `Buyer ${w.t}`, companyId: w.company.id } });
    const values = {
      enabled: true,
      namePrefix: null,
      firstName: "Ada",
      middleName: null,
      lastName: `Policy ${w.t}`,
      nameSuffix: null,
      email: `policy-${w.t}@example.com`,
      birthday: "",
      phone: null,
      companyMode: "existing" as const,
      companyId: w.company.id,
      newCompanyName: null,
      newCompanyParentId: null,
      salesRepId: null,
      websiteId: w.website.id,
      preferredLocalizationId: null,
      roleIds: [role.id],
      addresses: [],
      generatePassword: false,
      password: "Only-letters!",
      repeatPassword: "Only-letters!",
      sendWelcomeEmail: false,
    };
    await expect(createCustomerUser(actor, values)).rejects.toMatchObject({
      code: "password.needsDigit",
      field: "password",
    });
    await expect(
      createCustomerUser(actor, { ...values, password: "Short-1", repeatPassword: "Short-1" }),
    ).rejects.toMatchObject({ code: "password.tooShort" });
    expect(await prisma.customerUser.count({ where: { email: values.email } })).toBe(0);
    await createCustomerUser(actor, { ...values, password: "Long-enough-2026", repeatPassword: "Long-enough-2026" });
    expect(await prisma.customerUser.count({ where: { email: values.email } })).toBe(1);
  });

  it("is enforced the same way on the storefront, when a customer administrator creates a colleague", async () => {
    await setPasswordSettings({ passwordMinLength: 9 });
    const tree = await makeAccountTree("COMPANY");
    const access = await customerAccess(sessionOf(tree.admin));
    const actor = shopActor(tree.admin, "192.0.2.41");
    const email = `colleague-policy-${tree.t}@example.com`;
    const values = {
      enabled: true,
      firstName: "Cora",
      lastName: "Colleague",
      email,
      companyId: tree.home.id,
      roleIds: [],
      generatePassword: false,
      password: "abcdefg1",
      repeatPassword: "abcdefg1",
      sendWelcomeEmail: false,
    };
    await expect(createAccountUser(actor, access, values)).rejects.toMatchObject({
      code: "password.tooShort",
      field: "password",
    });
    expect(await prisma.customerUser.count({ where: { email } })).toBe(0);
    await createAccountUser(actor, access, { ...values, password: "abcdefgh1", repeatPassword: "abcdefgh1" });
    expect(await prisma.customerUser.count({ where: { email } })).toBe(1);
    // a generated password is never shorter than the policy asks
    await setPasswordSettings({ passwordMinLength: 24 });
    const generated = `generated-${tree.t}@example.com`;
    await createAccountUser(actor, access, {
      ...values,
      email: generated,
      generatePassword: true,
      password: "",
      repeatPassword: "",
      sendWelcomeEmail: true,
    });
    const mail = await prisma.emailMessage.findFirstOrThrow({ where: { to: generated } });
    expect((/Password: (\S+)/.exec((await recipientCopy(mail.id)).text)?.[1] ?? "").length).toBeGreaterThanOrEqual(24);
  });

  it("is enforced when a customer user changes their own password, as on every other path that sets one", async () => {
    // registration, reset by link and the expiry flow are held to it in their own tests (shop-account/registration, password-reset, password-expiry)
    await setPasswordSettings({ passwordMinLength: 9 });
    const w = await makeCustomerUser({ confirmed: true, passwordHash: await hashPassword("Current-pass-1") });
    const actor = shopActor({ email: w.user.email }, null);
    await expect(changeOwnPassword(actor, w.user.id, "Current-pass-1", "abcdefg1")).rejects.toMatchObject({
      code: "password.tooShort",
      field: "password",
    });
    await changeOwnPassword(actor, w.user.id, "Current-pass-1", "abcdefgh1");
  });
});
