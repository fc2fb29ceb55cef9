import { prisma } from "@/lib/db";

import { tag } from "./staff-fixtures";

/** A website, a parent and a child company and one customer user of the child, all owned by one tag. */
export async function makeCustomerUser(extra: Record<string, unknown> = {}) {
  const t = tag();
  const lang = await prisma.localization.create({ data: { code: `l-${t}`, name: `Language ${t}` } });
  const website = await prisma.website.create({
    data: { name: `Site ${t}`, code: `site-${t}`, baseUrl: `http://${t}.example.com`, defaultLocalizationId: lang.id },
  });
  const parent = await prisma.company.create({ data: { name: `Parent ${t}`, websiteId: website.id } });
  const company = await prisma.company.create({
    data: { name: `Child ${t}`, parentId: parent.id, websiteId: website.id },
  });
  const user = await prisma.customerUser.create({
    data: {
      companyId: company.id,
      websiteId: website.id,
      email: `cu-${t}@example.com`,
      firstName: "Anna",
      lastName: `Schmidt${t}`,
      preferredLocalizationId: lang.id,
      passwordHash: "secret-hash",
      ...extra,
    },
  });
  return { t, lang, website, parent, company, user };
}
