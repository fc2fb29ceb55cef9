import type { CustomerLevel } from "@/lib/customer-roles/catalog";
import { prisma } from "@/lib/db";
import { EMAIL_TEMPLATES } from "@/prisma/email-templates";

import { tag } from "./staff-fixtures";

const ACTIONS = ["VIEW", "CREATE", "EDIT", "DELETE", "ASSIGN"] as const;

/**
 * A company tree on one website — holding › company › subsidiary, with a sibling of the company and
 * an unrelated company — and a customer administrator in "company" whose own role grants every
 * customer-user action at `level`, with the given capabilities.
 */
export async function makeAccountTree(level: CustomerLevel, capabilities: string[] = ["manage-users", "manage-roles"]) {
  const t = tag();
  const lang = await prisma.localization.upsert({
    where: { code: "en" },
    update: {},
    create: { code: "en", name: "English" },
  });
  for (const tpl of EMAIL_TEMPLATES.filter(
    (x) => ["welcome", "forced-password-reset"].includes(x.key) && x.locale === "en",
  )) {
    await prisma.emailTemplate.upsert({
      where: { key_localizationId: { key: tpl.key, localizationId: lang.id } },
      update: {},
      create: {
        key: tpl.key,
        localizationId: lang.id,
        subject: tpl.subject,
        bodyText: tpl.bodyText,
        bodyHtml: tpl.bodyHtml,
      },
    });
  }
  const website = await prisma.website.create({
    data: { name: `Site ${t}`, code: `site-${t}`, baseUrl: `http://${t}.example.com`, defaultLocalizationId: lang.id },
  });
  const company = (name: string, parentId: string | null = null) =>
    prisma.company.create({ data: { name: `${name} ${t}`, parentId, websiteId: website.id } });
  const holding = await company("Holding");
  const home = await company("Home", holding.id);
  const subsidiary = await company("Subsidiary", home.id);
  const sibling = await company("Sibling", holding.id);
  const other = await company("Other");
  const adminRole = await prisma.customerRole.create({
    data: {
      name: `Admin ${t}`,
      companyId: home.id,
      capabilities,
      permissions: {
        create: level === "NONE" ? [] : ACTIONS.map((action) => ({ entity: "customer-user", action, level })),
      },
    },
  });
  const user = (companyId: string, name: string, roleIds: string[] = []) =>
    prisma.customerUser.create({
      data: {
        companyId,
        websiteId: website.id,
        email: `${name}-${t}@example.com`,
        firstName: name,
        lastName: t,
        confirmed: true,
        passwordHash: "secret-hash",
        roles: { create: roleIds.map((roleId) => ({ roleId })) },
      },
    });
  const admin = await user(home.id, "admin", [adminRole.id]);
  const colleague = await user(home.id, "colleague");
  const below = await user(subsidiary.id, "below");
  const beside = await user(sibling.id, "beside");
  const outsider = await user(other.id, "outsider");
  return {
    t,
    website,
    holding,
    home,
    subsidiary,
    sibling,
    other,
    adminRole,
    admin,
    colleague,
    below,
    beside,
    outsider,
  };
}

export const sessionOf = (u: { id: string; companyId: string; websiteId: string; email: string }) => ({
  id: u.id,
  companyId: u.companyId,
  websiteId: u.websiteId,
  email: u.email,
});
