import { allPermissions, type Permission } from "../lib/acl/resources";
import type { PrismaClient } from "../lib/generated/prisma/client";

/**
 * One record of every kind of data the back office guards, each carrying a marker string that
 * appears in no other kind, and linked to each other the way real data is (the order belongs to the
 * canary customer user of the canary company, placed by the canary staff user...). A page or action
 * that shows a marker to someone denied its view permission shows data it should not. Markers are
 * compared in lower case; the shown values start with "0" so that grids sorted by name list them first.
 */
export type ViewPermission = Extract<Permission, `${string}/view`>;
export const VIEW_PERMISSIONS = allPermissions().filter((p): p is ViewPermission => p.endsWith("/view"));

/** View permissions whose data has no text of its own to look for, with the reason. */
export const WITHOUT_MARKER = {
  "users/customer-assignment/view":
    "an assignment is a pair of a staff user and a customer user; its only page is guarded by it, and both sides are canaries of their own",
} as const satisfies Partial<Record<ViewPermission, string>>;

export function canaryMarkers(t: string) {
  const m = (kind: string) => `lk${kind}${t}`;
  return {
    "users/user/view": [m("staff")],
    "users/group/view": [m("group")],
    "users/role/view": [m("role")],
    "users/audit/view": [m("audit")],
    "customers/company/view": [m("company"), m("parentco")],
    "customers/customer-user/view": [m("cust")],
    "customers/customer-role/view": [m("buyerrole")],
    "customers/impersonation/view": [m("reason")],
    "customers/login-attempt/view": [m("attempt")],
    "customers/oauth-application/view": [m("oauthapp")],
    "sales/order/view": [m("order"), m("po")],
    "sales/quote/view": [m("quote"), m("rfq")],
    "catalog/product/view": [m("product")],
    "catalog/price-list/view": [m("pricelist")],
    "content/cms-page/view": [m("cms")],
    "content/consent/view": [m("consent")],
    "system/settings/view": [m("template")],
    "system/mail/view": [m("mail")],
  } satisfies Record<Exclude<ViewPermission, keyof typeof WITHOUT_MARKER>, string[]>;
}
export type Markers = Record<ViewPermission, string[]>;

export type Canaries = Awaited<ReturnType<typeof seedCanaries>>;

/** Writes the canaries; `t` is a short unique tag of this run. */
export async function seedCanaries(db: PrismaClient, t: string) {
  const markers: Markers = { "users/customer-assignment/view": [], ...canaryMarkers(t) };
  const localization = await db.localization.create({ data: { code: `lc${t}`, name: `Language ${t}` } });
  const website = await db.website.create({
    data: {
      name: `Website ${t}`,
      code: `lc${t}`,
      baseUrl: `http://lc${t}.invalid`,
      defaultLocalizationId: localization.id,
    },
  });
  const role = await db.staffRole.create({
    data: {
      name: `0lkrole${t}`,
      rules: { create: [{ area: "users", resource: "user", action: "view", effect: "ALLOW" }] },
    },
  });
  const group = await db.staffGroup.create({
    data: { name: `0lkgroup${t}`, roles: { create: [{ roleId: role.id }] } },
  });
  const staff = await db.staffUser.create({
    data: {
      email: `0lkstaff${t}@example.com`,
      passwordHash: "not-a-hash",
      firstName: `Lkstaff${t}`,
      lastName: `Lkstaff${t}`,
      groups: { create: [{ groupId: group.id }] },
    },
  });
  const parent = await db.company.create({
    data: { name: `0lkparentco${t}`, websiteId: website.id, salesRepId: staff.id },
  });
  const company = await db.company.create({
    data: { name: `0lkcompany${t}`, parentId: parent.id, websiteId: website.id, salesRepId: staff.id },
  });
  const buyerRole = await db.customerRole.create({
    data: { name: `0lkbuyerrole${t}`, companyId: company.id, capabilities: ["place-orders"] },
  });
  const customer = await db.customerUser.create({
    data: {
      email: `0lkcust${t}@example.com`,
      firstName: `Lkcust${t}`,
      lastName: `0lkcust${t}`,
      companyId: company.id,
      websiteId: website.id,
      salesRepId: staff.id,
      confirmed: true,
      roles: { create: [{ roleId: buyerRole.id }] },
      addresses: {
        create: [{ street: `lkcust${t} street 1`, city: "Berlin", postalCode: "10115", country: "DE", billing: true }],
      },
      notes: { create: [{ authorId: staff.id, body: `lkcust${t} note` }] },
      shoppingLists: { create: [{ name: `lkcust${t} list`, companyId: company.id }] },
      staffAssignment: { create: { staffUserId: staff.id } },
    },
  });
  const line = (kind: string) => ({
    sku: `lk${kind}${t}-1`,
    name: `lk${kind}${t} line`,
    quantity: 1,
    unitPrice: 100,
    lineTotal: 100,
  });
  const order = await db.order.create({
    data: {
      number: `LKORDER${t}`,
      poNumber: `lkpo${t}`,
      companyId: company.id,
      customerUserId: customer.id,
      createdByStaffUserId: staff.id,
      currency: "EUR",
      subtotal: 100,
      total: 100,
      lines: { create: [line("order")] },
    },
  });
  const rfq = await db.requestForQuote.create({
    data: {
      number: `LKRFQ${t}`,
      note: `lkrfq${t} note`,
      companyId: company.id,
      customerUserId: customer.id,
      lines: { create: [{ sku: `lkrfq${t}-1`, name: `lkrfq${t} line`, quantity: 2 }] },
    },
  });
  const quote = await db.quote.create({
    data: {
      number: `LKQUOTE${t}`,
      companyId: company.id,
      customerUserId: customer.id,
      requestForQuoteId: rfq.id,
      createdByStaffUserId: staff.id,
      currency: "EUR",
      total: 100,
      lines: { create: [line("quote")] },
    },
  });
  const product = await db.product.create({ data: { sku: `0LKPRODUCT${t}`, name: `0lkproduct${t}`, basePrice: 100 } });
  const priceList = await db.priceList.create({
    data: {
      name: `0lkpricelist${t}`,
      entries: { create: [{ productId: product.id, price: 90 }] },
      companies: { create: [{ companyId: company.id }] },
    },
  });
  const cmsPage = await db.cmsPage.create({
    data: {
      slug: `0lkcms${t}`,
      title: `0lkcms${t}`,
      blocks: { create: [{ position: 0, body: `lkcms${t} block`, audience: "COMPANY", companyId: company.id }] },
    },
  });
  const consent = await db.consent.create({
    data: {
      code: `0lkconsent${t}`,
      name: `0lkconsent${t}`,
      cmsPageId: cmsPage.id,
      acceptances: { create: [{ customerUserId: customer.id }] },
    },
  });
  await db.emailTemplate.create({
    data: {
      key: "welcome",
      localizationId: localization.id,
      subject: `lktemplate${t}`,
      bodyText: `lktemplate${t} body`,
    },
  });
  const mail = await db.emailMessage.create({
    data: {
      idempotencyKey: `lkmail${t}`,
      to: `lkmail${t}@example.com`,
      subject: `lkmail${t}`,
      text: `lkmail${t} body`,
      status: "SENT",
      sentAt: new Date(),
      recipientType: "customer-user",
      recipientId: customer.id,
    },
  });
  const oauthApplication = await db.oAuthApplication.create({
    data: { customerUserId: customer.id, name: `0lkoauthapp${t}`, clientId: `lkoauthapp${t}`, secretHash: "x" },
  });
  const past = new Date(Date.now() - 3_600_000);
  const impersonation = await db.impersonationSession.create({
    data: {
      staffUserId: staff.id,
      customerUserId: customer.id,
      customerEmail: customer.email,
      websiteId: website.id,
      purpose: "ASSIST",
      reason: `lkreason${t}`,
      startTokenExpiresAt: past,
      startedAt: past,
      expiresAt: past,
      endedAt: past,
      endReason: "LOGGED_OUT",
    },
  });
  await db.customerLoginAttempt.createMany({
    data: [
      { email: `0lkattempt${t}@example.com`, websiteId: website.id, success: false, source: "STOREFRONT" },
      {
        email: customer.email,
        websiteId: website.id,
        customerUserId: customer.id,
        success: true,
        source: "STOREFRONT",
      },
    ],
  });
  // what the services write for such records: each entry shows its entity's data, some name other records, and some their actor
  const entry = (
    entity: string,
    entityId: string,
    after: Record<string, string | string[]>,
    actor?: { id?: string; label: string },
  ) => ({
    entity,
    entityId,
    action: "create",
    actorStaffId: actor?.id ?? null,
    actorLabel: actor?.label ?? "system",
    changes: Object.fromEntries(Object.entries(after).map(([k, v]) => [k, { before: null, after: v }])),
  });
  await db.auditLog.createMany({
    data: [
      entry("staff-user", staff.id, { email: staff.email, groups: [group.name] }),
      entry("staff-group", group.id, { name: group.name, roles: [role.name] }),
      entry("staff-role", role.id, { name: role.name }),
      entry("company", company.id, { name: company.name, salesRep: staff.email }),
      entry("customer-user", customer.id, {
        email: customer.email,
        company: company.name,
        salesRep: staff.email,
        roles: [buyerRole.name],
      }),
      entry("customer-role", buyerRole.id, { name: buyerRole.name, company: company.name }),
      entry("customer-assignment", customer.id, { staffUser: staff.email, customerUser: customer.email }),
      entry("order", order.id, { number: order.number }, { label: `storefront: ${customer.email}` }),
      entry("quote", quote.id, { number: quote.number, sentTo: customer.email }),
      entry("request-for-quote", rfq.id, { number: rfq.number }),
      entry("product", product.id, { sku: product.sku }),
      entry("price-list", priceList.id, {
        name: priceList.name,
        entries: [`${product.sku} ≥1: 90`],
        companies: [company.name],
      }),
      entry("cms-page", cmsPage.id, { title: cmsPage.title }),
      entry("consent", consent.id, { name: consent.name, page: cmsPage.slug }),
      entry("email-template", localization.id, { subject: `lktemplate${t}` }),
      entry("impersonation-session", impersonation.id, { reason: impersonation.reason, customerEmail: customer.email }),
      entry("oauth-application", oauthApplication.id, { name: oauthApplication.name, owner: customer.email }),
      entry("system-setting", `lkaudit${t}`, { value: `lkaudit${t}` }, { id: staff.id, label: staff.email }),
    ],
  });
  // an import run of the canary staff user: its page and the history name them only to staff viewers
  const csvImport = await db.csvImport.create({
    data: {
      entity: "users",
      fileName: `import-${t}.csv`,
      checksum: "0".repeat(64),
      size: 0,
      content: new Uint8Array(),
      encoding: "utf-8",
      delimiter: ",",
      requestedById: staff.id,
      requestedByLabel: staff.email,
      expiresAt: new Date(Date.now() + 24 * 60 * 60_000),
    },
  });
  return {
    t,
    markers,
    website,
    role,
    group,
    staff,
    parent,
    company,
    buyerRole,
    customer,
    order,
    rfq,
    quote,
    product,
    priceList,
    cmsPage,
    consent,
    localization,
    mail,
    impersonation,
    oauthApplication,
    csvImport,
  };
}

/**
 * A customer user held by this staff user, so the CMS preview lists someone for them: of the canary
 * company, but without the customer marker, since your own assigned customers are yours to preview
 * whether or not you may view customer users.
 */
export async function assignPreviewCustomer(db: PrismaClient, c: Canaries, staffUserId: string) {
  await db.customerUser.create({
    data: {
      email: `preview-${staffUserId}@example.com`,
      firstName: "Preview",
      lastName: staffUserId,
      companyId: c.company.id,
      websiteId: c.website.id,
      confirmed: true,
      staffAssignment: { create: { staffUserId } },
    },
  });
}

/** Removes the canaries again, so that later tests sharing the database never meet them first in a grid. */
export async function removeCanaries(db: PrismaClient, c: Canaries) {
  await db.auditLog.deleteMany({
    where: {
      OR: [
        {
          entityId: {
            in: [
              c.staff.id,
              c.group.id,
              c.role.id,
              c.company.id,
              c.customer.id,
              c.buyerRole.id,
              c.order.id,
              c.quote.id,
              c.rfq.id,
              c.product.id,
              c.priceList.id,
              c.cmsPage.id,
              c.consent.id,
              c.localization.id,
              c.impersonation.id,
              c.oauthApplication.id,
              `lkaudit${c.t}`,
            ],
          },
        },
        { actorStaffId: c.staff.id },
      ],
    },
  });
  await db.impersonationSession.deleteMany({ where: { staffUserId: c.staff.id } });
  await db.csvImport.deleteMany({ where: { id: c.csvImport.id } });
  await db.order.deleteMany({ where: { companyId: c.company.id } });
  await db.quote.deleteMany({ where: { companyId: c.company.id } });
  await db.requestForQuote.deleteMany({ where: { companyId: c.company.id } });
  await db.emailMessage.deleteMany({ where: { id: c.mail.id } });
  await db.customerLoginAttempt.deleteMany({
    where: { email: { in: [`0lkattempt${c.t}@example.com`, c.customer.email] } },
  });
  await db.consent.deleteMany({ where: { id: c.consent.id } });
  await db.cmsPage.deleteMany({ where: { id: c.cmsPage.id } });
  await db.priceList.deleteMany({ where: { id: c.priceList.id } });
  await db.product.deleteMany({ where: { id: c.product.id } });
  await db.customerUser.deleteMany({ where: { companyId: c.company.id } });
  await db.company.deleteMany({ where: { id: c.company.id } });
  await db.company.deleteMany({ where: { id: c.parent.id } });
  await db.website.deleteMany({ where: { id: c.website.id } });
  await db.localization.deleteMany({ where: { id: c.localization.id } });
  await db.staffUser.deleteMany({ where: { id: c.staff.id } });
  await db.staffGroup.deleteMany({ where: { id: c.group.id } });
  await db.staffRole.deleteMany({ where: { id: c.role.id } });
}

/** The markers of `permission` found in `text`, compared in lower case. */
export function markersIn(text: string, markers: Markers, permission: ViewPermission): string[] {
  const lower = text.toLowerCase();
  return markers[permission].filter((m) => lower.includes(m));
}
