import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";

import { prisma } from "@/lib/db";
import { verifyCustomerLogin } from "@/lib/identity/shop-sign-in";
import { registerAction } from "@/lib/shop-account/shop-public-actions";
import { hashToken } from "@/lib/tokens";
import messages from "@/messages/en.json";
import { EMAIL_TEMPLATES } from "@/prisma/email-templates";
import { recipientCopy } from "@/tests/mail-fixtures";
import { resetPasswordSettings, setPasswordSettings } from "@/tests/password-fixtures";
import { auditRows, tag } from "@/tests/staff-fixtures";

import { confirmRegistration, registerCustomer, REGISTRATION_ROLE } from "./registration";

/** The storefront request outside Next: the website it is for, the English catalogue, redirects as errors. */
const request = vi.hoisted(() => ({ websiteId: "", hashes: 0 }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.30" }) }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`redirect ${url}`);
  },
}));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) =>
    createTranslator({ locale: "en", messages, namespace: namespace as never }),
}));
vi.mock("@/lib/websites/website", () => ({ currentWebsite: async () => ({ id: request.websiteId }) }));
vi.mock("@/lib/identity/password", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/identity/password")>();
  return { ...real, hashPassword: (password: string) => (request.hashes++, real.hashPassword(password)) };
});

async function site() {
  const t = tag();
  const en = await prisma.localization.upsert({
    where: { code: "en" },
    update: {},
    create: { code: "en", name: "English" },
  });
  for (const tpl of EMAIL_TEMPLATES.filter(
    (x) => ["confirm-registration", "registration-existing-account"].includes(x.key) && x.locale === "en",
  )) {
    await prisma.emailTemplate.upsert({
      where: { key_localizationId: { key: tpl.key, localizationId: en.id } },
      update: {},
      create: {
        key: tpl.key,
        localizationId: en.id,
        subject: tpl.subject,
        bodyText: tpl.bodyText,
        bodyHtml: tpl.bodyHtml,
      },
    });
  }
  if (!(await prisma.customerRole.findFirst({ where: { name: REGISTRATION_ROLE, companyId: null } }))) {
    await prisma.customerRole.create({ data: { name: REGISTRATION_ROLE } });
  }
  const website = await prisma.website.create({
    data: { name: `Reg ${t}`, code: `reg-${t}`, baseUrl: `http://reg-${t}.example.com/`, defaultLocalizationId: en.id },
  });
  return { t, website };
}
const values = (t: string) => ({
  firstName: "Ada",
  lastName: `Reg ${t}`,
  email: `reg-${t}@example.com`,
  password: `Reg-pass-${t}`,
  repeatPassword: `Reg-pass-${t}`,
  companyName: `Reg Co ${t}`,
  consents: [] as string[],
});
const register = async (websiteId: string, t: string) => {
  await registerCustomer(websiteId, values(t), "192.0.2.1");
  return prisma.customerUser.findFirstOrThrow({
    where: { websiteId, email: `reg-${t}@example.com` },
    select: { id: true },
  });
};
const tokenOf = async (customerUserId: string) => {
  const mail = await prisma.emailMessage.findFirstOrThrow({
    where: { recipientId: customerUserId, templateKey: "confirm-registration" },
  });
  return { mail, token: /confirm\?token=([\w-]+)/.exec((await recipientCopy(mail.id)).text)![1]! };
};

describe("storefront registration", () => {
  it("refuses a password the configured policy refuses, and creates nothing", async () => {
    const { t, website } = await site();
    await setPasswordSettings({ passwordMinLength: 24 });
    try {
      await expect(registerCustomer(website.id, values(t), null)).rejects.toMatchObject({
        code: "password.tooShort",
        field: "password",
      });
      expect(await prisma.customerUser.count({ where: { email: values(t).email } })).toBe(0);
    } finally {
      await resetPasswordSettings();
    }
  });

  it("creates a company on the website with the user as its Administrator, unconfirmed, and e-mails a link", async () => {
    const { t, website } = await site();
    const { id } = await register(website.id, t);
    const u = await prisma.customerUser.findUniqueOrThrow({
      where: { id },
      include: { company: true, roles: { include: { role: true } } },
    });
    expect(u).toMatchObject({
      websiteId: website.id,
      confirmed: false,
      enabled: true,
      email: `reg-${t}@example.com`,
      company: { name: `Reg Co ${t}`, websiteId: website.id },
    });
    expect(u.roles.map((r) => [r.role.name, r.role.companyId])).toEqual([[REGISTRATION_ROLE, null]]);
    const { mail, token } = await tokenOf(id);
    expect(mail.to).toBe(`reg-${t}@example.com`);
    expect((await recipientCopy(mail.id)).text).toContain(`http://reg-${t}.example.com/confirm?token=`);
    expect(mail.text).not.toContain(token);
    // only the hash is stored
    expect(
      await prisma.customerConfirmationToken.findMany({ where: { customerUserId: id }, select: { tokenHash: true } }),
    ).toEqual([{ tokenHash: hashToken(token) }]);
    expect((await auditRows("customer-user", id)).map((r) => r.action)).toEqual(["register"]);
    expect(
      await verifyCustomerLogin({ websiteId: website.id, email: u.email, password: `Reg-pass-${t}`, ip: null }),
    ).toEqual({ kind: "unconfirmed" });
  });

  it("answers an address that already has an account exactly as a new one, creates nothing, and mails the owner instead", async () => {
    const { t, website } = await site();
    request.websiteId = website.id;
    const form = { ...values(t), consents: [] };
    request.hashes = 0;
    await expect(registerAction(form)).rejects.toThrow("redirect /login?notice=registered");
    const owner = await prisma.customerUser.findFirstOrThrow({ where: { websiteId: website.id, email: form.email } });

    // someone else tries the same address: the same page and message, after the same work (a hash)
    const intruder = {
      ...form,
      firstName: "Mallory",
      companyName: `Another ${t}`,
      password: `Other-pass-${t}`,
      repeatPassword: `Other-pass-${t}`,
    };
    await expect(registerAction(intruder)).rejects.toThrow("redirect /login?notice=registered");
    expect(request.hashes).toBe(2);
    expect(await prisma.customerUser.count({ where: { email: form.email } })).toBe(1);
    expect(await prisma.company.count({ where: { name: `Another ${t}` } })).toBe(0);
    // the owner's password still works; the intruder's does not
    await confirmRegistration((await tokenOf(owner.id)).token);
    expect(
      await verifyCustomerLogin({ websiteId: website.id, email: form.email, password: intruder.password, ip: null }),
    ).toEqual({ kind: "invalid" });

    const notices = await prisma.emailMessage.findMany({
      where: { recipientId: owner.id, templateKey: "registration-existing-account" },
    });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      to: form.email,
      subject: `Someone tried to register at Reg ${t} with your e-mail address`,
    });
    expect(notices[0]!.text).toContain(`Hello Ada Reg ${t},`);
    expect(notices[0]!.text).toContain(`http://reg-${t}.example.com/login`);
    expect(notices[0]!.text).toContain(`http://reg-${t}.example.com/forgot-password`);
    expect(notices[0]!.text).not.toContain("Mallory");
    expect((await auditRows("customer-user", owner.id)).map((r) => r.action)).toEqual([
      "register",
      "registration-attempt",
      "confirm",
    ]);

    // at most one such mail per interval, like forgotten-password mails; the answer stays the same
    await expect(registerAction(intruder)).rejects.toThrow("redirect /login?notice=registered");
    expect(
      await prisma.emailMessage.count({
        where: { recipientId: owner.id, templateKey: "registration-existing-account" },
      }),
    ).toBe(1);
    await registerCustomer(website.id, values(t), null, new Date(Date.now() + 3 * 60_000));
    expect(
      await prisma.emailMessage.count({
        where: { recipientId: owner.id, templateKey: "registration-existing-account" },
      }),
    ).toBe(2);
  });

  it("answers two parallel registrations of one new address alike: one account, its owner told of the other", async () => {
    const { t, website } = await site();
    await Promise.all([
      registerCustomer(website.id, values(t), null),
      registerCustomer(website.id, { ...values(t), companyName: `Twin ${t}` }, null),
    ]);
    const [user] = await prisma.customerUser.findMany({
      where: { websiteId: website.id, email: `reg-${t}@example.com` },
    });
    expect(await prisma.company.count({ where: { websiteId: website.id } })).toBe(1);
    const mails = await prisma.emailMessage.findMany({
      where: { recipientId: user!.id },
      select: { templateKey: true },
      orderBy: { createdAt: "asc" },
    });
    expect(mails.map((m) => m.templateKey).sort()).toEqual(["confirm-registration", "registration-existing-account"]);
  });

  it("confirms once with the link, after which the user signs in; a second use and a wrong token fail", async () => {
    const { t, website } = await site();
    const { id } = await register(website.id, t);
    const { token } = await tokenOf(id);
    expect(await confirmRegistration("not-the-token")).toEqual({ ok: false });
    expect(await confirmRegistration(token)).toEqual({ ok: true });
    expect((await prisma.customerUser.findUniqueOrThrow({ where: { id } })).confirmed).toBe(true);
    expect(await confirmRegistration(token)).toEqual({ ok: false });
    expect(
      await verifyCustomerLogin({
        websiteId: website.id,
        email: `reg-${t}@example.com`,
        password: `Reg-pass-${t}`,
        ip: null,
      }),
    ).toMatchObject({ kind: "ok" });
  });

  it("refuses an expired link and leaves the user unconfirmed", async () => {
    const { t, website } = await site();
    const { id } = await register(website.id, t);
    const { token } = await tokenOf(id);
    expect(await confirmRegistration(token, new Date(Date.now() + 49 * 3_600_000))).toEqual({ ok: false });
    expect((await prisma.customerUser.findUniqueOrThrow({ where: { id } })).confirmed).toBe(false);
  });
});

describe("consents at registration", () => {
  // an active mandatory consent concerns every registration: it lives only as long as its test
  const withMandatory = async (run: (consentId: string) => Promise<void>) => {
    const t = tag();
    const consent = await prisma.consent.create({ data: { code: `terms-${t}`, name: `Terms ${t}`, mandatory: true } });
    try {
      await run(consent.id);
    } finally {
      await prisma.consent.delete({ where: { id: consent.id } });
    }
  };

  it("refuses a registration without the mandatory consent, at the field, and writes nothing", async () => {
    const { t, website } = await site();
    await withMandatory(async () => {
      await expect(registerCustomer(website.id, values(t), null)).rejects.toMatchObject({
        code: "consentRequired",
        field: "consents",
      });
    });
    expect(await prisma.customerUser.count({ where: { email: `reg-${t}@example.com` } })).toBe(0);
    expect(await prisma.company.count({ where: { name: `Reg Co ${t}` } })).toBe(0);
  });

  it("refuses an address that already has an account without the mandatory consent, as it refuses a new one", async () => {
    const { t, website } = await site();
    await registerCustomer(website.id, values(t), null);
    await withMandatory(async () => {
      await expect(registerCustomer(website.id, values(t), null)).rejects.toMatchObject({
        code: "consentRequired",
        field: "consents",
      });
    });
  });

  it("records the ticked consents as accepted by the new user", async () => {
    const { t, website } = await site();
    const optional = await prisma.consent.create({ data: { code: `news-${t}`, name: `News ${t}` } });
    await withMandatory(async (consentId) => {
      await registerCustomer(website.id, { ...values(t), consents: [consentId, optional.id] }, null);
      const { id } = await prisma.customerUser.findFirstOrThrow({
        where: { websiteId: website.id, email: `reg-${t}@example.com` },
      });
      const accepted = await prisma.consentAcceptance.findMany({
        where: { customerUserId: id },
        select: { consentId: true },
      });
      expect(accepted.map((a) => a.consentId).sort()).toEqual([consentId, optional.id].sort());
      await prisma.customerUser.delete({ where: { id } });
    });
  });
});
