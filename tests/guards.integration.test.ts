import { randomUUID } from "node:crypto";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";

import { allPermissions } from "@/lib/acl/resources";
import { CUSTOMER_GUARD } from "@/lib/actions/shop-action";
import { GUARD, SIGNED_IN, type Requirement } from "@/lib/actions/staff-action";
import { STAFF_ROUTE_GUARD } from "@/lib/actions/staff-route";
import { API_GUARD } from "@/lib/api/route";
import { prisma } from "@/lib/db";
import messages from "@/messages/en.json";

import { entryPoints, PUBLIC_ENTRY_POINTS } from "./entry-points";
import { fingerprint } from "./fingerprint";
import { signInRow } from "./session-fixtures";
import { STAFF_ACTION_INPUTS } from "./staff-action-inputs";

/** The request context of a server action, outside Next: who is signed in, and the English catalogue. */
const session = vi.hoisted(() => ({ id: null as string | null }));

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "192.0.2.10" }),
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

const tag = () => randomUUID().slice(0, 8);

/** A staff user allowed everything except `permission` (a deny rule), like a real misconfigured role. */
async function staffLacking(permission: string) {
  const [area, resource, action] = permission.split("/") as [string, string, string];
  const t = tag();
  const role = await prisma.staffRole.create({
    data: {
      name: `lacking-${t}`,
      rules: {
        create: [
          { area: "*", resource: "*", action: "*", effect: "ALLOW" },
          { area, resource, action, effect: "DENY" },
        ],
      },
    },
  });
  const group = await prisma.staffGroup.create({
    data: { name: `lacking-${t}`, roles: { create: [{ roleId: role.id }] } },
  });
  return prisma.staffUser.create({
    data: {
      email: `lacking-${t}@example.com`,
      passwordHash: "x",
      firstName: "No",
      lastName: t,
      groups: { create: [{ groupId: group.id }] },
      // signed in: a live session row, so a refusal comes from the permission alone
      authSessions: { create: [{ expiresAt: new Date(Date.now() + 60 * 60_000) }] },
    },
  });
}

async function targetUser() {
  const t = tag();
  return prisma.staffUser.create({
    data: { email: `target-${t}@example.com`, passwordHash: "x", firstName: "Tar", lastName: t },
  });
}

const VALID_INPUT = STAFF_ACTION_INPUTS;

let points: Awaited<ReturnType<typeof entryPoints>>;
beforeAll(async () => {
  points = await entryPoints();
});

describe("every server action and route handler is guarded", () => {
  it("finds the entry points", () => {
    expect(points.length).toBeGreaterThan(4);
  });

  it("carries a permission guard unless it is public by design", () => {
    // storefront actions carry the customer guard instead; tests/customer-guards.integration.test.ts proves it
    const unguarded = points
      .filter(
        (p) =>
          !(GUARD in p.fn) &&
          !(CUSTOMER_GUARD in p.fn) &&
          !(API_GUARD in p.fn) &&
          !(STAFF_ROUTE_GUARD in p.fn) &&
          !(p.key in PUBLIC_ENTRY_POINTS),
      )
      .map((p) => p.key);
    expect(unguarded).toEqual([]);
    const known = new Set<string>([...allPermissions(), SIGNED_IN]);
    const unknown = points.filter(
      (p) => GUARD in p.fn && !known.has((p.fn as unknown as Record<symbol, string>)[GUARD]!),
    );
    expect(unknown.map((p) => p.key)).toEqual([]);
  });

  it("has a valid input in the refusal table for every guarded action", () => {
    const guarded = points
      .filter((p) => GUARD in p.fn)
      .map((p) => p.key)
      .sort();
    expect(Object.keys(VALID_INPUT).sort()).toEqual(guarded);
  });
});

describe("every storefront API route refuses a request without a valid access token, and nothing changes", () => {
  it("answers 401 with a bearer challenge", async () => {
    const routes = points.filter((p) => API_GUARD in p.fn);
    expect(routes.length).toBeGreaterThan(20);
    const before = await fingerprint();
    for (const route of routes) {
      for (const authorization of [undefined, "Bearer not-a-token"]) {
        const request = new Request("http://localhost/api/v1/x", {
          method: route.key.split("#")[1],
          headers: {
            "content-type": "application/vnd.api+json",
            ...(authorization ? { authorization } : {}),
          },
          ...(route.key.endsWith("#GET") || route.key.endsWith("#DELETE") ? {} : { body: '{"data":{}}' }),
        });
        const response = (await route.fn(request, { params: Promise.resolve({ id: "x" }) })) as Response;
        expect(response.status, route.key).toBe(401);
        expect(response.headers.get("www-authenticate"), route.key).toMatch(/^Bearer realm="api"/);
      }
    }
    expect(await fingerprint()).toBe(before);
  });
});

describe("a caller without the permission is refused and nothing changes", () => {
  it.each(Object.keys(VALID_INPUT))("%s", async (key) => {
    const point = points.find((p) => p.key === key)!;
    const requirement = (point.fn as unknown as Record<symbol, Requirement>)[GUARD]!;
    const input = await VALID_INPUT[key]!();

    // signed out: sent to the sign-in page, nothing written
    session.id = null;
    let before = await fingerprint();
    await expect(point.fn(input)).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT;replace;/admin/login"),
    });
    expect(await fingerprint()).toBe(before);

    if (requirement === SIGNED_IN) return; // any signed-in user may: there is no permission to lack
    session.id = (await staffLacking(requirement)).id;
    before = await fingerprint();
    await expect(point.fn(input)).resolves.toEqual({
      ok: false,
      message: "You do not have the permission to do this.",
    });
    expect(await fingerprint()).toBe(before);
  });
});

describe("every back-office route handler refuses a caller without its permissions, and nothing changes", () => {
  it("sends the signed-out to the sign-in page and answers 403 to a staff user lacking any one permission", async () => {
    const routes = points.filter((p) => STAFF_ROUTE_GUARD in p.fn);
    expect(routes.length).toBeGreaterThan(0);
    const known = new Set<string>(allPermissions());
    for (const route of routes) {
      const required = (route.fn as unknown as Record<symbol, string[]>)[STAFF_ROUTE_GUARD]!;
      expect(
        required.filter((p) => !known.has(p)),
        route.key,
      ).toEqual([]);
      const lacking = await Promise.all(required.map(async (p) => [p, (await staffLacking(p)).id] as const));
      const request = () => new Request("http://localhost/admin/x?delimiter=semicolon");
      const before = await fingerprint();
      session.id = null;
      const out = (await route.fn(request())) as Response;
      expect(out.status, route.key).toBe(303);
      expect(out.headers.get("location"), route.key).toBe("http://localhost/admin/login");
      for (const [permission, id] of lacking) {
        session.id = id;
        const refused = (await route.fn(request())) as Response;
        expect(refused.status, `${route.key} without ${permission}`).toBe(403);
      }
      session.id = null;
      expect(await fingerprint()).toBe(before);
    }
  });
});

describe("a staff user ends only their own sessions", () => {
  it("someone else's session is not found and lives on; 'all other sessions' ends only the caller's own", async () => {
    const action = (name: string) => points.find((p) => p.key === `lib/staff-account/staff-actions.ts#${name}`)!.fn;
    const me = await staffLacking("users/user/delete");
    session.id = me.id;
    const current = (await prisma.authSession.findFirstOrThrow({ where: { staffUserId: me.id } })).id;
    const mine = await signInRow({ staffUserId: me.id });
    const theirs = await signInRow({ staffUserId: (await targetUser()).id });
    const before = await fingerprint();
    await expect(action("endOwnSessionAction")({ id: theirs })).resolves.toEqual({
      ok: false,
      message: "This record no longer exists.",
    });
    await expect(action("endOwnSessionAction")({ id: current })).resolves.toEqual({
      ok: false,
      message: "This record no longer exists.",
    });
    expect(await fingerprint()).toBe(before);
    await expect(action("endOtherSessionsAction")({})).resolves.toEqual({ ok: true });
    const rows = await prisma.authSession.findMany({ where: { id: { in: [current, mine, theirs] } } });
    expect(Object.fromEntries(rows.map((r) => [r.id, r.revokeReason]))).toEqual({
      [current]: null,
      [mine]: "ENDED_BY_USER",
      [theirs]: null,
    });
    expect(await prisma.auditLog.findFirst({ where: { entity: "staff-user", entityId: me.id } })).toMatchObject({
      action: "end-other-sessions",
      actorStaffId: me.id,
    });
  });
});
