import { prisma } from "@/lib/db";
import { EMAIL_TEMPLATES } from "@/prisma/email-templates";

import { makeCustomerUser } from "./customer-fixtures";

/**
 * A customer user who may view their own orders and place orders (so "me:read", "orders:read" and
 * "orders:write" are theirs to give an application, "addresses:*" not), with the English template of
 * the e-mail that tells an owner about a new application in their language.
 */
export async function makeApplicationOwner(extra: Record<string, unknown> = {}) {
  const w = await makeCustomerUser(extra);
  const tpl = EMAIL_TEMPLATES.find((x) => x.key === "oauth-application-created" && x.locale === "en")!;
  await prisma.emailTemplate.create({
    data: { key: tpl.key, localizationId: w.lang.id, subject: tpl.subject, bodyText: tpl.bodyText },
  });
  const role = await prisma.customerRole.create({
    data: {
      name: `Buyer ${w.t}`,
      capabilities: ["place-orders"],
      permissions: { create: [{ entity: "order", action: "VIEW", level: "OWN" }] },
    },
  });
  await prisma.customerUserRole.create({ data: { customerUserId: w.user.id, roleId: role.id } });
  return { ...w, role };
}
