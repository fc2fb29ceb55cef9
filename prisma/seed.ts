// Demo data, created once on an empty database by `npm start` (and by the e2e run).
import { randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { PrismaPg } from "@prisma/adapter-pg";

import { effectivePermissions } from "../lib/customer-roles/effective";
import { PrismaClient } from "../lib/generated/prisma/client";
import { scopesAllowedBy } from "../lib/oauth/scopes";
import { seedCatalog } from "./catalog-seed";
import demoCustomerLogins from "./demo-customer-logins.json" with { type: "json" };
import demoLogins from "./demo-logins.json" with { type: "json" };
import { EMAIL_TEMPLATES } from "./email-templates";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
const argon2id = (password: string) => hash(password, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });

const DEMO_CUSTOMERS: {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  company: string;
  website: string;
  role: string;
}[] = demoCustomerLogins;
const DEMO_LOGINS: {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  group: string;
  isAgent: boolean;
}[] = demoLogins;

type SeedRule = { area: string; resource: string; action: string; effect: "ALLOW" | "DENY" };
const allow = (area: string, resource: string, action: string): SeedRule => ({
  area,
  resource,
  action,
  effect: "ALLOW",
});

const ROLES = [
  { name: "Administrator", rules: [allow("*", "*", "*")] },
  // negotiates quotes, but places orders at the customers' own prices
  {
    name: "Customer Service",
    rules: [
      allow("customers", "*", "*"),
      allow("sales", "*", "view"),
      allow("sales", "*", "create"),
      allow("sales", "*", "edit"),
      allow("sales", "quote", "override-price"),
      allow("catalog", "product", "view"),
      allow("users", "user", "view"),
    ],
  },
  // price lists and content blocks are aimed at companies, which they need to see to choose
  {
    name: "Content Manager",
    rules: [allow("content", "*", "*"), allow("catalog", "*", "*"), allow("customers", "company", "view")],
  },
  { name: "Read-only", rules: [allow("*", "*", "view")] },
];
const GROUPS = [
  { name: "Administrators", roles: ["Administrator"] },
  { name: "Customer Service", roles: ["Customer Service"] },
  { name: "Content Managers", roles: ["Content Manager"] },
  { name: "Read-only", roles: ["Read-only"] },
];

const LOCALIZATIONS = [
  { code: "en", name: "English" },
  { code: "de", name: "Deutsch" },
];
// The storefront picks the website by host name: in development both answer on the same port,
// the shop at localhost and the wholesale site at 127.0.0.1. PORT follows the server being seeded for.
const PORT = process.env.PORT ?? "3000";
const WEBSITES = [
  {
    name: "Concierge Shop",
    code: "shop",
    baseUrl: `http://localhost:${PORT}`,
    defaultLocale: "en",
    locales: ["en", "de"],
  },
  {
    name: "Concierge Wholesale",
    code: "wholesale",
    baseUrl: `http://127.0.0.1:${PORT}`,
    defaultLocale: "en",
    locales: ["en"],
  },
];

type Level = "NONE" | "OWN" | "COMPANY" | "COMPANY_AND_SUBSIDIARIES";
const grant = (entities: string[], actions: ("VIEW" | "CREATE" | "EDIT" | "DELETE" | "ASSIGN")[], level: Level) =>
  entities.flatMap((entity) => actions.map((action) => ({ entity, action, level })));
/** Oro's predefined storefront roles: offered to every company, edited only by staff. */
const CUSTOMER_ROLES = [
  {
    name: "Administrator",
    permissions: [
      ...grant(
        ["order", "shopping-list", "quote", "request-for-quote", "address"],
        ["VIEW", "CREATE", "EDIT", "DELETE"],
        "COMPANY_AND_SUBSIDIARIES",
      ),
      ...grant(["customer-user"], ["VIEW", "CREATE", "EDIT", "DELETE", "ASSIGN"], "COMPANY_AND_SUBSIDIARIES"),
    ],
    capabilities: [
      "place-orders",
      "approve-orders",
      "request-quote",
      "manage-users",
      "manage-roles",
      "manage-api-applications",
    ],
  },
  {
    name: "Buyer",
    permissions: [
      ...grant(["order", "shopping-list", "quote", "request-for-quote"], ["VIEW", "CREATE", "EDIT"], "OWN"),
      ...grant(["address"], ["VIEW"], "COMPANY"),
    ],
    capabilities: ["place-orders", "request-quote"],
  },
  {
    name: "Non-authenticated visitor",
    permissions: grant(["shopping-list"], ["VIEW", "CREATE", "EDIT"], "OWN"),
    capabilities: [],
    forVisitors: true,
  },
];
const COMPANIES = [
  { name: "Northwind Holding", parent: null, website: "shop", group: "Wholesale partners" },
  { name: "Northwind Berlin", parent: "Northwind Holding", website: "shop", group: "Wholesale partners" },
  { name: "Northwind Munich", parent: "Northwind Holding", website: "shop", group: null },
  { name: "Contoso Retail", parent: null, website: "wholesale", group: null },
];

/**
 * Customer users of companies with different prices (partner prices, Contoso's own list), assigned
 * to the administrator so a CMS preview shows the difference. Run on every seed and never moves a
 * customer user someone else holds.
 */
const DEMO_ASSIGNMENTS = {
  staff: "admin@example.com",
  customers: ["nora.buyer@northwind.example", "cleo.admin@contoso.example"],
};

async function assignDemoCustomers() {
  const staff = await prisma.staffUser.findUnique({ where: { email: DEMO_ASSIGNMENTS.staff }, select: { id: true } });
  if (!staff) return;
  const customers = await prisma.customerUser.findMany({
    where: { email: { in: DEMO_ASSIGNMENTS.customers } },
    select: { id: true },
  });
  for (const c of customers) {
    await prisma.staffCustomerAssignment.upsert({
      where: { customerUserId: c.id },
      create: { customerUserId: c.id, staffUserId: staff.id },
      update: {},
    });
  }
}

/**
 * One OAuth application of a demo customer user, with the scopes their role allows. Its secret is
 * known to no one (a random value stands for its hash): staff regenerate it to use the application,
 * so nothing secret is printed or stored readable.
 */
const DEMO_APPLICATION_OWNER = "nora.buyer@northwind.example";
async function demoApplication(tx: Tx, roleId: string) {
  const role = await tx.customerRole.findUniqueOrThrow({
    where: { id: roleId },
    select: { capabilities: true, permissions: { select: { entity: true, action: true, level: true } } },
  });
  return {
    name: "Demo ERP connector",
    clientId: `cc_${randomBytes(20).toString("base64url")}`,
    secretHash: randomBytes(32).toString("base64url"),
    scopes: scopesAllowedBy(effectivePermissions([role])),
  };
}

async function main() {
  if ((await prisma.staffUser.count()) > 0) {
    await assignDemoCustomers();
    console.log("seed: data already present, nothing to do");
    return;
  }
  await prisma.$transaction(
    async (tx) => {
      const roles = new Map<string, string>();
      for (const r of ROLES) {
        const role = await tx.staffRole.create({ data: { name: r.name, rules: { create: r.rules } } });
        roles.set(r.name, role.id);
      }
      const groups = new Map<string, string>();
      for (const g of GROUPS) {
        const group = await tx.staffGroup.create({
          data: { name: g.name, roles: { create: g.roles.map((n) => ({ roleId: roles.get(n)! })) } },
        });
        groups.set(g.name, group.id);
      }
      let salesRepId: string | undefined;
      for (const u of DEMO_LOGINS) {
        const staff = await tx.staffUser.create({
          data: {
            email: u.email,
            passwordHash: await argon2id(u.password),
            firstName: u.firstName,
            lastName: u.lastName,
            isAgent: u.isAgent,
            groups: { create: [{ groupId: groups.get(u.group)! }] },
          },
        });
        if (u.isAgent) salesRepId ??= staff.id;
      }

      const localizations = new Map<string, string>();
      for (const l of LOCALIZATIONS) localizations.set(l.code, (await tx.localization.create({ data: l })).id);
      const websites = new Map<string, string>();
      for (const w of WEBSITES) {
        const website = await tx.website.create({
          data: {
            name: w.name,
            code: w.code,
            baseUrl: w.baseUrl,
            defaultLocalizationId: localizations.get(w.defaultLocale)!,
            // off by default in the product; the demo shows assisted selling, so its websites allow it
            impersonationEnabled: true,
            // off by default too; the demo's customer users may use OAuth applications
            apiEnabled: true,
            localizations: { create: w.locales.map((code) => ({ localizationId: localizations.get(code)! })) },
          },
        });
        websites.set(w.code, website.id);
      }
      await tx.systemSetting.create({ data: { key: "impersonationEnabled", value: true } });
      await tx.emailTemplate.createMany({
        data: EMAIL_TEMPLATES.map(({ locale, ...t }) => ({ ...t, localizationId: localizations.get(locale)! })),
      });
      for (const r of CUSTOMER_ROLES) {
        await tx.customerRole.create({
          data: {
            name: r.name,
            capabilities: r.capabilities,
            forVisitors: "forVisitors" in r && r.forVisitors,
            permissions: { create: r.permissions },
          },
        });
      }
      const customerGroup = await tx.customerGroup.create({ data: { name: "Wholesale partners" } });
      const companies = new Map<string, string>();
      for (const c of COMPANIES) {
        const company = await tx.company.create({
          data: {
            name: c.name,
            parentId: c.parent ? companies.get(c.parent)! : null,
            websiteId: websites.get(c.website)!,
            customerGroupId: c.group ? customerGroup.id : null,
            salesRepId: c.parent ? null : salesRepId,
          },
        });
        companies.set(c.name, company.id);
      }
      await seedCatalog(tx, { customerGroupId: customerGroup.id, contosoId: companies.get("Contoso Retail")! });
      for (const c of DEMO_CUSTOMERS) {
        const role = await tx.customerRole.findFirstOrThrow({ where: { name: c.role, companyId: null } });
        await tx.customerUser.create({
          data: {
            email: c.email,
            passwordHash: await argon2id(c.password),
            firstName: c.firstName,
            lastName: c.lastName,
            confirmed: true,
            companyId: companies.get(c.company)!,
            websiteId: websites.get(c.website)!,
            roles: { create: [{ roleId: role.id }] },
            ...(c.email === DEMO_APPLICATION_OWNER
              ? { oauthApplications: { create: [await demoApplication(tx, role.id)] } }
              : {}),
            addresses: {
              create: [
                {
                  street: "Friedrichstraße 12",
                  city: "Berlin",
                  postalCode: "10117",
                  country: "DE",
                  billing: true,
                  shipping: true,
                  defaultBilling: true,
                  defaultShipping: true,
                },
              ],
            },
          },
        });
      }
    },
    { timeout: 30_000 },
  );
  await assignDemoCustomers();
  console.log("seed: demo data created");
}

main()
  .finally(() => prisma.$disconnect())
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
