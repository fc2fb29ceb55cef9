// Demo data, created once on an empty database by `npm start` (and by the e2e run).
import { PrismaPg } from "@prisma/adapter-pg";
import { hash } from "@node-rs/argon2";
import { PrismaClient } from "../lib/generated/prisma/client";
import demoLogins from "./demo-logins.json" with { type: "json" };

const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
const argon2id = (password: string) => hash(password, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });

const DEMO_LOGINS: { email: string; password: string; firstName: string; lastName: string; group: string; isAgent: boolean }[] = demoLogins;

type SeedRule = { area: string; resource: string; action: string; effect: "ALLOW" | "DENY" };
const allow = (area: string, resource: string, action: string): SeedRule => ({ area, resource, action, effect: "ALLOW" });

const ROLES = [
  { name: "Administrator", rules: [allow("*", "*", "*")] },
  { name: "Customer Service", rules: [allow("customers", "*", "*"), allow("sales", "*", "*"), allow("users", "user", "view")] },
  { name: "Content Manager", rules: [allow("content", "*", "*")] },
  { name: "Read-only", rules: [allow("*", "*", "view")] },
];
const GROUPS = [
  { name: "Administrators", roles: ["Administrator"] },
  { name: "Customer Service", roles: ["Customer Service"] },
  { name: "Content Managers", roles: ["Content Manager"] },
  { name: "Read-only", roles: ["Read-only"] },
];

async function main() {
  if ((await prisma.staffUser.count()) > 0) {
    console.log("seed: data already present, nothing to do");
    return;
  }
  await prisma.$transaction(async (tx) => {
    const roles = new Map<string, string>();
    for (const r of ROLES) {
      const role = await tx.staffRole.create({ data: { name: r.name, rules: { create: r.rules } } });
      roles.set(r.name, role.id);
    }
    const groups = new Map<string, string>();
    for (const g of GROUPS) {
      const group = await tx.staffGroup.create({ data: { name: g.name, roles: { create: g.roles.map((n) => ({ roleId: roles.get(n)! })) } } });
      groups.set(g.name, group.id);
    }
    for (const u of DEMO_LOGINS) {
      await tx.staffUser.create({
        data: {
          email: u.email, passwordHash: await argon2id(u.password), firstName: u.firstName, lastName: u.lastName, isAgent: u.isAgent,
          groups: { create: [{ groupId: groups.get(u.group)! }] },
        },
      });
    }
  }, { timeout: 30_000 });
  console.log("seed: demo data created");
}

main()
  .finally(() => prisma.$disconnect())
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
