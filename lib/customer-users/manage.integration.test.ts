import { describe, expect, it } from "vitest";

import { listAssignableRoles } from "@/lib/customer-roles/service";
import { prisma } from "@/lib/db";
import { verifyPassword } from "@/lib/identity/password";
import { EMAIL_TEMPLATES } from "@/prisma/email-templates";
import { recipientCopy } from "@/tests/mail-fixtures";
import { auditRows, makeAdmin, tag } from "@/tests/staff-fixtures";

import { createCustomerUser, deleteCustomerUser, setCustomerUserEnabled, updateCustomerUser } from "./manage";
import type { CustomerUserFormValues } from "./schema";

async function world() {
  const t = tag();
  const en = await prisma.localization.upsert({
    where: { code: "en" },
    update: {},
    create: { code: "en", name: "English" },
  });
  const de = await prisma.localization.upsert({
    where: { code: "de" },
    update: {},
    create: { code: "de", name: "Deutsch" },
  });
  for (const tpl of EMAIL_TEMPLATES.filter((x) => x.key === "welcome")) {
    const localizationId = tpl.locale === "de" ? de.id : en.id;
    await prisma.emailTemplate.upsert({
      where: { key_localizationId: { key: tpl.key, localizationId } },
      update: {},
      create: { key: tpl.key, localizationId, subject: tpl.subject, bodyText: tpl.bodyText, bodyHtml: tpl.bodyHtml },
    });
  }
  const site = await prisma.website.create({
    data: {
      name: `Site ${t}`,
      code: `site-${t}`,
      baseUrl: `http://${t}.example.com/`,
      defaultLocalizationId: en.id,
      localizations: { create: [{ localizationId: en.id }, { localizationId: de.id }] },
    },
  });
  const other = await prisma.website.create({
    data: {
      name: `Other ${t}`,
      code: `other-${t}`,
      baseUrl: `http://o-${t}.example.com`,
      defaultLocalizationId: en.id,
    },
  });
  const company = await prisma.company.create({ data: { name: `Company ${t}`, websiteId: site.id } });
  const rival = await prisma.company.create({ data: { name: `Rival ${t}`, websiteId: site.id } });
  const buyer = await prisma.customerRole.create({ data: { name: `Buyer ${t}`, companyId: company.id } });
  const rivalRole = await prisma.customerRole.create({ data: { name: `Rival role ${t}`, companyId: rival.id } });
  return { t, en, de, site, other, company, rival, buyer, rivalRole };
}

type World = Awaited<ReturnType<typeof world>>;
const values = (w: World, over: Partial<CustomerUserFormValues> = {}): CustomerUserFormValues => ({
  enabled: true,
  namePrefix: null,
  firstName: "Ada",
  middleName: null,
  lastName: `Buyer ${w.t}`,
  nameSuffix: null,
  email: `ada-${w.t}@example.com`,
  birthday: "1990-05-17",
  phone: null,
  companyMode: "existing",
  companyId: w.company.id,
  newCompanyName: null,
  newCompanyParentId: null,
  salesRepId: null,
  websiteId: w.site.id,
  preferredLocalizationId: w.de.id,
  roleIds: [w.buyer.id],
  addresses: [],
  generatePassword: true,
  password: "",
  repeatPassword: "",
  sendWelcomeEmail: true,
  ...over,
});
const address = (street: string, over: object = {}) => ({
  label: null,
  organization: null,
  firstName: null,
  lastName: null,
  street,
  street2: null,
  city: "Berlin",
  postalCode: "10115",
  region: null,
  country: "DE",
  phone: null,
  billing: true,
  shipping: true,
  defaultBilling: false,
  defaultShipping: false,
  ...over,
});

describe("customer users in the back office", () => {
  it("creates the user with a generated password and queues the welcome mail in their language with it", async () => {
    const { actor } = await makeAdmin();
    const w = await world();
    const { id } = await createCustomerUser(actor, values(w));
    const user = await prisma.customerUser.findUniqueOrThrow({
      where: { id },
      omit: { passwordHash: false },
      include: { roles: true },
    });
    expect(user).toMatchObject({
      enabled: true,
      confirmed: true,
      passwordStatus: "ACTIVE",
      companyId: w.company.id,
      preferredLocalizationId: w.de.id,
    });
    expect(user.birthday?.toISOString().slice(0, 10)).toBe("1990-05-17");
    expect(user.roles.map((r) => r.roleId)).toEqual([w.buyer.id]);

    const mail = await prisma.emailMessage.findFirstOrThrow({
      where: { recipientType: "customer-user", recipientId: id },
    });
    expect(mail).toMatchObject({ to: `ada-${w.t}@example.com`, templateKey: "welcome", locale: "de" });
    const password = /Passwort: (\S+)/.exec((await recipientCopy(mail.id)).text)?.[1];
    expect(password).toBeDefined();
    // the stored copy shows it masked
    expect(mail.text).toContain("Passwort: ••••••••");
    expect(mail.text).not.toContain(password);
    expect(mail.text).toContain(`http://${w.t}.example.com/login`);
    expect(await verifyPassword(user.passwordHash!, password!)).toBe(true);
    expect((await auditRows("customer-user", id)).map((r) => r.action)).toEqual(["create"]);
  });

  it("never gives a user the role of anonymous visitors, nor offers it, on create or edit", async () => {
    const { actor } = await makeAdmin();
    const w = await world();
    const visitors = await prisma.customerRole.create({ data: { name: `Visitors ${w.t}`, forVisitors: true } });
    expect((await listAssignableRoles(w.company.id)).map((r) => r.id)).not.toContain(visitors.id);
    await expect(createCustomerUser(actor, values(w, { roleIds: [w.buyer.id, visitors.id] }))).rejects.toMatchObject({
      code: "roleForVisitors",
      field: "roleIds",
    });
    expect(await prisma.customerUser.count({ where: { email: `ada-${w.t}@example.com` } })).toBe(0);
    const { id } = await createCustomerUser(actor, values(w));
    await expect(updateCustomerUser(actor, id, values(w, { roleIds: [visitors.id] }))).rejects.toMatchObject({
      code: "roleForVisitors",
      field: "roleIds",
    });
    expect(await prisma.customerUserRole.count({ where: { roleId: visitors.id } })).toBe(0);
  });

  it("refuses a role of another company, a language the website lacks and a taken e-mail, writing nothing", async () => {
    const { actor } = await makeAdmin();
    const w = await world();
    await expect(createCustomerUser(actor, values(w, { roleIds: [w.rivalRole.id] }))).rejects.toMatchObject({
      code: "roleNotForCompany",
      field: "roleIds",
    });
    await expect(createCustomerUser(actor, values(w, { websiteId: w.other.id }))).rejects.toMatchObject({
      code: "localizationNotOnWebsite",
      field: "preferredLocalizationId",
    });
    expect(await prisma.customerUser.count({ where: { email: `ada-${w.t}@example.com` } })).toBe(0);
    expect(await prisma.emailMessage.count({ where: { to: `ada-${w.t}@example.com` } })).toBe(0);

    await createCustomerUser(actor, values(w));
    // the same address in other letters on the same website is taken; on another website it is free
    await expect(
      createCustomerUser(actor, values(w, { email: `ada-${w.t}@example.com`.toLowerCase() })),
    ).rejects.toMatchObject({ code: "customerEmailTaken", field: "email" });
    await createCustomerUser(actor, values(w, { websiteId: w.other.id, preferredLocalizationId: null }));
    expect(await prisma.customerUser.count({ where: { email: `ada-${w.t}@example.com` } })).toBe(2);
  });

  it("creates a new company below a parent together with the user", async () => {
    const { actor } = await makeAdmin();
    const w = await world();
    const { id } = await createCustomerUser(
      actor,
      values(w, {
        companyMode: "new",
        companyId: null,
        newCompanyName: `Branch ${w.t}`,
        newCompanyParentId: w.company.id,
        roleIds: [],
        enabled: false,
        sendWelcomeEmail: false,
      }),
    );
    const user = await prisma.customerUser.findUniqueOrThrow({ where: { id }, include: { company: true } });
    expect(user.company).toMatchObject({ name: `Branch ${w.t}`, parentId: w.company.id, websiteId: w.site.id });
    expect(await prisma.emailMessage.count({ where: { recipientId: id } })).toBe(0);
  });

  it("keeps one default address per kind and syncs the address book on edit", async () => {
    const { actor } = await makeAdmin();
    const w = await world();
    const { id } = await createCustomerUser(
      actor,
      values(w, { addresses: [address("A 1", { defaultBilling: true }), address("B 2", { defaultBilling: true })] }),
    );
    const first = await prisma.customerAddress.findMany({ where: { customerUserId: id }, orderBy: { street: "asc" } });
    expect(first.map((a) => [a.street, a.defaultBilling])).toEqual([
      ["A 1", false],
      ["B 2", true],
    ]);

    const kept = first.find((a) => a.street === "B 2")!;
    await updateCustomerUser(
      actor,
      id,
      values(w, { addresses: [{ ...address("B 2 changed"), id: kept.id }, address("C 3")] }),
    );
    const after = await prisma.customerAddress.findMany({ where: { customerUserId: id }, orderBy: { street: "asc" } });
    expect(after.map((a) => a.street)).toEqual(["B 2 changed", "C 3"]);
    expect(after[0]!.id).toBe(kept.id);
  });

  it("disabling ends the user's sessions; enabling needs a role", async () => {
    const { actor } = await makeAdmin();
    const w = await world();
    const { id } = await createCustomerUser(actor, values(w, { enabled: false, roleIds: [], sendWelcomeEmail: false }));
    await expect(setCustomerUserEnabled(actor, id, true)).rejects.toMatchObject({ code: "roleRequiredToEnable" });
    await prisma.customerUserRole.create({ data: { customerUserId: id, roleId: w.buyer.id } });
    await setCustomerUserEnabled(actor, id, true);
    const enabled = await prisma.customerUser.findUniqueOrThrow({ where: { id } });
    await setCustomerUserEnabled(actor, id, false);
    const disabled = await prisma.customerUser.findUniqueOrThrow({ where: { id } });
    expect(disabled.enabled).toBe(false);
    expect(disabled.sessionVersion).toBe(enabled.sessionVersion + 1);
    expect((await auditRows("customer-user", id)).map((r) => r.action)).toEqual(["create", "enable", "disable"]);
  });

  it("deletes the account, keeps its orders with the company", async () => {
    const { actor } = await makeAdmin();
    const w = await world();
    const { id } = await createCustomerUser(actor, values(w, { sendWelcomeEmail: false }));
    const order = await prisma.order.create({
      data: {
        number: `SO-T-${w.t}`,
        companyId: w.company.id,
        customerUserId: id,
        currency: "EUR",
        subtotal: 100,
        total: 100,
      },
    });
    await deleteCustomerUser(actor, id);
    expect(await prisma.customerUser.findUnique({ where: { id } })).toBeNull();
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).customerUserId).toBeNull();
    await expect(deleteCustomerUser(actor, id)).rejects.toMatchObject({ code: "notFound" });
  });
});
