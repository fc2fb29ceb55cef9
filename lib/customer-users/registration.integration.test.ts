import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { EMAIL_TEMPLATES } from "@/prisma/email-templates";
import { recipientCopy } from "@/tests/mail-fixtures";
import { auditRows, tag } from "@/tests/staff-fixtures";
import { verifyCustomerLogin } from "./login";
import { confirmRegistration, hashToken, registerCustomer, REGISTRATION_ROLE } from "./registration";

async function site() {
  const t = tag();
  const en = await prisma.localization.upsert({ where: { code: "en" }, update: {}, create: { code: "en", name: "English" } });
  for (const tpl of EMAIL_TEMPLATES.filter((x) => x.key === "confirm-registration" && x.locale === "en")) {
    await prisma.emailTemplate.upsert({
      where: { key_localizationId: { key: tpl.key, localizationId: en.id } }, update: {},
      create: { key: tpl.key, localizationId: en.id, subject: tpl.subject, bodyText: tpl.bodyText, bodyHtml: tpl.bodyHtml },
    });
  }
  if (!(await prisma.customerRole.findFirst({ where: { name: REGISTRATION_ROLE, companyId: null } }))) {
    await prisma.customerRole.create({ data: { name: REGISTRATION_ROLE } });
  }
  const website = await prisma.website.create({ data: { name: `Reg ${t}`, code: `reg-${t}`, baseUrl: `http://reg-${t}.example.com/`, defaultLocalizationId: en.id } });
  return { t, website };
}
const values = (t: string) => ({ firstName: "Ada", lastName: `Reg ${t}`, email: `reg-${t}@example.com`, password: `Reg-pass-${t}`, repeatPassword: `Reg-pass-${t}`, companyName: `Reg Co ${t}`, consents: [] as string[] });
const tokenOf = async (customerUserId: string) => {
  const mail = await prisma.emailMessage.findFirstOrThrow({ where: { recipientId: customerUserId, templateKey: "confirm-registration" } });
  return { mail, token: /confirm\?token=([\w-]+)/.exec((await recipientCopy(mail.id)).text)![1]! };
};

describe("storefront registration", () => {
  it("creates a company on the website with the user as its Administrator, unconfirmed, and e-mails a link", async () => {
    const { t, website } = await site();
    const { id } = await registerCustomer(website.id, values(t), "192.0.2.1");
    const u = await prisma.customerUser.findUniqueOrThrow({ where: { id }, include: { company: true, roles: { include: { role: true } } } });
    expect(u).toMatchObject({ websiteId: website.id, confirmed: false, enabled: true, email: `reg-${t}@example.com`, company: { name: `Reg Co ${t}`, websiteId: website.id } });
    expect(u.roles.map((r) => [r.role.name, r.role.companyId])).toEqual([[REGISTRATION_ROLE, null]]);
    const { mail, token } = await tokenOf(id);
    expect(mail.to).toBe(`reg-${t}@example.com`);
    expect((await recipientCopy(mail.id)).text).toContain(`http://reg-${t}.example.com/confirm?token=`);
    expect(mail.text).not.toContain(token);
    // only the hash is stored
    expect(await prisma.customerConfirmationToken.findMany({ where: { customerUserId: id }, select: { tokenHash: true } })).toEqual([{ tokenHash: hashToken(token) }]);
    expect((await auditRows("customer-user", id)).map((r) => r.action)).toEqual(["register"]);
    expect(await verifyCustomerLogin({ websiteId: website.id, email: u.email, password: `Reg-pass-${t}`, ip: null })).toEqual({ kind: "unconfirmed" });
  });

  it("refuses an e-mail already registered on the same website", async () => {
    const { t, website } = await site();
    await registerCustomer(website.id, values(t), null);
    await expect(registerCustomer(website.id, { ...values(t), companyName: "Another" }, null)).rejects.toMatchObject({ code: "customerEmailTaken", field: "email" });
    expect(await prisma.company.count({ where: { name: "Another", websiteId: website.id } })).toBe(0);
  });

  it("confirms once with the link, after which the user signs in; a second use and a wrong token fail", async () => {
    const { t, website } = await site();
    const { id } = await registerCustomer(website.id, values(t), null);
    const { token } = await tokenOf(id);
    expect(await confirmRegistration("not-the-token")).toEqual({ ok: false });
    expect(await confirmRegistration(token)).toEqual({ ok: true });
    expect((await prisma.customerUser.findUniqueOrThrow({ where: { id } })).confirmed).toBe(true);
    expect(await confirmRegistration(token)).toEqual({ ok: false });
    expect(await verifyCustomerLogin({ websiteId: website.id, email: `reg-${t}@example.com`, password: `Reg-pass-${t}`, ip: null })).toMatchObject({ kind: "ok" });
  });

  it("refuses an expired link and leaves the user unconfirmed", async () => {
    const { t, website } = await site();
    const { id } = await registerCustomer(website.id, values(t), null);
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
      await expect(registerCustomer(website.id, values(t), null)).rejects.toMatchObject({ code: "consentRequired", field: "consents" });
    });
    expect(await prisma.customerUser.count({ where: { email: `reg-${t}@example.com` } })).toBe(0);
    expect(await prisma.company.count({ where: { name: `Reg Co ${t}` } })).toBe(0);
  });

  it("records the ticked consents as accepted by the new user", async () => {
    const { t, website } = await site();
    const optional = await prisma.consent.create({ data: { code: `news-${t}`, name: `News ${t}` } });
    await withMandatory(async (consentId) => {
      const { id } = await registerCustomer(website.id, { ...values(t), consents: [consentId, optional.id] }, null);
      const accepted = await prisma.consentAcceptance.findMany({ where: { customerUserId: id }, select: { consentId: true } });
      expect(accepted.map((a) => a.consentId).sort()).toEqual([consentId, optional.id].sort());
      await prisma.customerUser.delete({ where: { id } });
    });
  });
});
