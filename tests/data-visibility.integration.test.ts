import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { GUARD, REQUIRES, type Requirement } from "@/lib/actions/staff-action";
import { prisma } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { sealMessage } from "@/lib/mail/sealed";
import messages from "@/messages/en.json";

import {
  markersIn,
  removeCanaries,
  seedCanaries,
  VIEW_PERMISSIONS,
  WITHOUT_MARKER,
  type Canaries,
  type ViewPermission,
} from "./canaries";
import { entryPoints } from "./entry-points";

/**
 * The server actions that answer with records (pickers' searches and options) give a caller denied
 * a view permission none of that permission's data, whatever their own permission is; e2e/data-visibility.spec.ts
 * holds every page to the same. And an action that names the view permissions of what it returns is
 * refused to a caller lacking any of them.
 */

const session = vi.hoisted(() => ({ id: null as string | null }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "192.0.2.11" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) =>
    createTranslator({ locale: "en", messages, namespace: namespace as never }),
}));
vi.mock("@/lib/identity/staff-session", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/identity/staff-session")>();
  return {
    ...real,
    currentStaff: async () => {
      if (!session.id) return null;
      const { sessionVersion, authSessions } = await prisma.staffUser.findUniqueOrThrow({
        where: { id: session.id },
        select: {
          sessionVersion: true,
          authSessions: { where: { revokedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true }, take: 1 },
        },
      });
      return real.loadStaffSession(session.id, sessionVersion, authSessions[0]?.id);
    },
  };
});

/** Actions that answer with records, each with an input that finds the canaries and the data an unrestricted caller gets. */
const READS: Record<string, { input: (c: Canaries) => unknown; reveals: ViewPermission[] }> = {
  "lib/companies/staff-actions.ts#searchCompaniesAction": {
    input: (c) => ({ q: c.company.name }),
    reveals: ["customers/company/view"],
  },
  "lib/customer-users/staff-actions.ts#searchCompanyOptionsAction": {
    input: (c) => ({ q: c.company.name }),
    reveals: ["customers/company/view", "users/user/view"],
  },
  "lib/customer-users/staff-actions.ts#searchSalesRepOptionsAction": {
    input: (c) => ({ q: c.staff.email }),
    reveals: ["users/user/view"],
  },
  "lib/customer-users/staff-actions.ts#assignableRolesAction": {
    input: (c) => ({ companyId: c.company.id }),
    reveals: ["customers/customer-role/view"],
  },
  "lib/orders/staff-actions.ts#orderCatalogLookupAction": {
    input: (c) => ({ customerUserId: c.customer.id, q: c.product.sku, quantity: 1 }),
    reveals: ["catalog/product/view"],
  },
  "lib/quotes/staff-actions.ts#quoteCatalogLookupAction": {
    input: (c) => ({ customerUserId: c.customer.id, q: c.product.sku, quantity: 1 }),
    reveals: ["catalog/product/view"],
  },
  "lib/mail/staff-actions.ts#revealEmailAction": { input: (c) => ({ id: c.mail.id }), reveals: ["system/mail/view"] },
  // renders the text it is given with made-up sample values: nothing stored
  "lib/templates/staff-actions.ts#previewTemplateAction": {
    input: (c) => ({
      key: "welcome",
      locale: c.localization.code,
      subject: "Hello",
      bodyText: "Hello {{ firstName }}",
      bodyHtml: "",
    }),
    reveals: [],
  },
  // a bulk run's progress, of the caller's own runs only: counts, no records
  "lib/customer-users/staff-actions.ts#bulkRunStatusAction": { input: () => ({ id: "no-such-run" }), reveals: [] },
  // an import run's counts and state, for the holders of the import permission
  "lib/customer-import/staff-actions.ts#importProgressAction": { input: () => ({ id: "no-such-import" }), reveals: [] },
  // a number the grid shows the same viewer
  "lib/customer-users/staff-actions.ts#countMatchingCustomerUsersAction": {
    input: () => ({ matching: {} }),
    reveals: [],
  },
};
/** A name with one of these verbs changes something and answers with at most what it made; any other action must be in READS. */
const WRITES =
  /^(create|update|delete|save|set|send|start|end|add|reset|unlock|regenerate|cancel|dismiss|bulk|validate|undo)[A-Z]/;

const probed = VIEW_PERMISSIONS.filter((p) => !(p in WITHOUT_MARKER));
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 2 }) });
let canaries: Canaries;
let points: Awaited<ReturnType<typeof entryPoints>>;
const callers = new Map<string, string>();

/** A staff user allowed everything except `permission` (none: an unrestricted one). */
async function caller(permission: Requirement | null) {
  const key = permission ?? "*";
  if (callers.has(key)) return callers.get(key)!;
  const [area, resource, action] = permission?.split("/") ?? [];
  const t = randomUUID().slice(0, 8);
  const rules = [
    { area: "*", resource: "*", action: "*", effect: "ALLOW" as const },
    ...(area ? [{ area, resource: resource!, action: action!, effect: "DENY" as const }] : []),
  ];
  const role = await prisma.staffRole.create({ data: { name: `visibility-${t}`, rules: { create: rules } } });
  const group = await prisma.staffGroup.create({
    data: { name: `visibility-${t}`, roles: { create: [{ roleId: role.id }] } },
  });
  const user = await prisma.staffUser.create({
    data: {
      email: `visibility-${t}@example.com`,
      passwordHash: "x",
      firstName: "Probe",
      lastName: t,
      groups: { create: [{ groupId: group.id }] },
      authSessions: { create: [{ expiresAt: new Date(Date.now() + 60 * 60_000) }] },
    },
  });
  callers.set(key, user.id);
  return user.id;
}

async function callAs(permission: Requirement | null, key: string) {
  session.id = await caller(permission);
  const point = points.find((p) => p.key === key)!;
  return JSON.stringify(await point.fn(READS[key]!.input(canaries)));
}

beforeAll(async () => {
  points = await entryPoints();
  canaries = await seedCanaries(db, randomUUID().slice(0, 8));
  // the message as sent, kept sealed beside the masked copy: what Reveal answers with
  const sealed = sealMessage({ subject: canaries.mail.subject, text: canaries.mail.text, html: null });
  await db.emailMessage.update({ where: { id: canaries.mail.id }, data: { sealed } });
});
afterAll(async () => {
  await removeCanaries(db, canaries);
  await db.$disconnect();
});

describe("actions that answer with records", () => {
  it("are listed with an input, every other action being a write by its name", () => {
    const staffActions = points.filter((p) => GUARD in p.fn).map((p) => p.key);
    const unlisted = staffActions.filter((key) => !(key in READS) && !WRITES.test(key.split("#")[1]!));
    expect(unlisted).toEqual([]);
    expect(Object.keys(READS).filter((key) => !staffActions.includes(key))).toEqual([]);
  });

  it.each(Object.keys(READS))("%s answers an unrestricted caller with the canaries it lists", async (key) => {
    const answer = await callAs(null, key);
    expect(READS[key]!.reveals.filter((p) => markersIn(answer, canaries.markers, p).length === 0)).toEqual([]);
  });

  it.each(Object.keys(READS))("%s gives a caller denied a view permission none of its data", async (key) => {
    const leaks: string[] = [];
    for (const permission of probed)
      leaks.push(
        ...markersIn(await callAs(permission, key), canaries.markers, permission).map((m) => `${permission}: ${m}`),
      );
    expect(leaks).toEqual([]);
  });

  it.each(Object.keys(READS))("%s refuses a caller lacking any permission it requires", async (key) => {
    const point = points.find((p) => p.key === key)!;
    for (const permission of (point.fn as unknown as Record<symbol, readonly Requirement[]>)[REQUIRES]!) {
      expect(await callAs(permission, key)).toBe(
        JSON.stringify({ ok: false, message: "You do not have the permission to do this." }),
      );
    }
  });
});
