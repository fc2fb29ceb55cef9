import type { CustomerLevel } from "@/lib/customer-roles/catalog";
import { prisma } from "@/lib/db";
import { EMAIL_TEMPLATES } from "@/prisma/email-templates";

import { makeCustomerUser } from "./customer-fixtures";
import { customerSessionOf } from "./session-fixtures";
import { tag } from "./staff-fixtures";

/** A role granting shopping lists and orders at `level`, with the capability to place orders unless told otherwise. */
export async function makeBuyerRole(level: CustomerLevel, capabilities = ["place-orders"]) {
  const actions = ["VIEW", "CREATE", "EDIT", "DELETE"] as const;
  return prisma.customerRole.create({
    data: {
      name: `buyer-${tag()}`,
      capabilities,
      permissions: {
        create: (["order", "shopping-list"] as const).flatMap((entity) =>
          actions.map((action) => ({ entity, action, level })),
        ),
      },
    },
  });
}

/** A confirmed customer user holding the role, with a billing and a shipping address, as the storefront session sees them. */
export async function makeBuyer(roleId: string, companyId?: string) {
  const made = await makeCustomerUser({
    confirmed: true,
    roles: { create: [{ roleId }] },
    ...(companyId ? { companyId } : {}),
  });
  const english = EMAIL_TEMPLATES.find((t) => t.key === "order-confirmation" && t.locale === "en")!;
  await prisma.emailTemplate.create({
    data: {
      key: english.key,
      subject: english.subject,
      bodyText: english.bodyText,
      bodyHtml: english.bodyHtml,
      localizationId: made.lang.id,
    },
  });
  const address = (kind: "billing" | "shipping", street: string) =>
    prisma.customerAddress.create({
      data: { customerUserId: made.user.id, street, city: "Berlin", postalCode: "10115", country: "DE", [kind]: true },
    });
  const [billing, shipping] = await Promise.all([
    address("billing", `Billing St ${made.t}`),
    address("shipping", `Shipping St ${made.t}`),
  ]);
  const session = (await customerSessionOf(made.user))!;
  const website = await prisma.website.findUniqueOrThrow({ where: { id: made.website.id } });
  return {
    ...made,
    session,
    billing,
    shipping,
    shopWebsite: {
      id: website.id,
      code: website.code,
      name: website.name,
      baseUrl: website.baseUrl,
      defaultLocale: made.lang.code,
      locales: [made.lang.code],
    },
    viewer: { customerUserId: made.user.id, companyId: session.companyId, customerGroupId: session.customerGroupId },
  };
}
