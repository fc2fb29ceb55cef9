import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";

import { CUSTOMER_GUARD } from "@/lib/actions/shop-action";
import { prisma } from "@/lib/db";
import messages from "@/messages/en.json";

import { makeAccountTree } from "./account-fixtures";
import { makeCustomerUser } from "./customer-fixtures";
import { entryPoints } from "./entry-points";
import { fingerprint } from "./fingerprint";
import { makeBuyer, makeBuyerRole } from "./order-fixtures";
import { signInRow } from "./session-fixtures";
import { address, customer, LISTS, SHOP_ACTION_INPUTS } from "./shop-action-inputs";

/** The storefront request outside Next: which customer user is signed in, and the English catalogue. */
const session = vi.hoisted(() => ({ customerUserId: null as string | null }));

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "192.0.2.20" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) =>
    createTranslator({ locale: "en", messages, namespace: namespace as never }),
}));
vi.mock("@/lib/identity/shop-session", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/identity/shop-session")>();
  return {
    ...real,
    currentCustomer: async () => {
      if (!session.customerUserId) return null;
      const u = await prisma.customerUser.findUniqueOrThrow({
        where: { id: session.customerUserId },
        select: {
          sessionVersion: true,
          websiteId: true,
          authSessions: { where: { revokedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true }, take: 1 },
        },
      });
      return real.loadCustomerSession(
        { sub: session.customerUserId, sv: u.sessionVersion, wid: u.websiteId, sid: u.authSessions[0]?.id },
        u.websiteId,
      );
    },
  };
});

/** Signs the customer user in (a live session row, made before any fingerprint) and names them as the caller. */
const signedIn = async (customerUserId: string) => {
  await signInRow({ customerUserId });
  return customerUserId;
};

const VALID_INPUT = SHOP_ACTION_INPUTS;

let points: Awaited<ReturnType<typeof entryPoints>>;
beforeAll(async () => {
  points = await entryPoints();
});

describe("every storefront action is guarded", () => {
  it("has a valid input in the refusal table for every action with the customer guard", () => {
    const guarded = points
      .filter((p) => CUSTOMER_GUARD in p.fn)
      .map((p) => p.key)
      .sort();
    expect(guarded.length).toBeGreaterThan(0);
    expect(Object.keys(VALID_INPUT).sort()).toEqual(guarded);
  });

  it.each(Object.keys(VALID_INPUT))(
    "%s: signed out is sent to the sign-in page and nothing is written",
    async (key) => {
      const point = points.find((p) => p.key === key)!;
      const input = await VALID_INPUT[key]!();
      session.customerUserId = null;
      const before = await fingerprint();
      await expect(point.fn(input)).rejects.toMatchObject({
        digest: expect.stringContaining("NEXT_REDIRECT;replace;/login"),
      });
      expect(await fingerprint()).toBe(before);
    },
  );
});

describe("a customer user cannot reach another company's quotes or shopping lists", () => {
  it.each([
    "lib/quotes/shop-actions.ts#declineQuoteAction",
    "lib/requests-for-quote/shop-actions.ts#submitShoppingListRequestAction",
  ])("%s with someone else's quote or list changes nothing", async (key) => {
    const point = points.find((p) => p.key === key)!;
    const input = await VALID_INPUT[key]!();
    const { user } = await customer();
    const permissions = ["quote", "request-for-quote"].flatMap((entity) =>
      (["VIEW", "CREATE", "EDIT"] as const).map((action) => ({
        entity,
        action,
        level: "COMPANY_AND_SUBSIDIARIES" as const,
      })),
    );
    const role = await prisma.customerRole.create({
      data: { name: `Buyer ${user.id}`, capabilities: ["request-quote"], permissions: { create: permissions } },
    });
    await prisma.customerUserRole.create({ data: { customerUserId: user.id, roleId: role.id } });
    session.customerUserId = await signedIn(user.id);
    const before = await fingerprint();
    await expect(point.fn(input)).resolves.toEqual({ ok: false, message: "This record no longer exists." });
    expect(await fingerprint()).toBe(before);
  });
});

describe("a customer user cannot reach another one's addresses", () => {
  it.each(["updateOwnAddressAction", "deleteOwnAddressAction"])(
    "%s with someone else's address id changes nothing",
    async (name) => {
      const point = points.find((p) => p.key === `lib/shop-account/address-shop-actions.ts#${name}`)!;
      const input = await VALID_INPUT[point.key]!();
      session.customerUserId = await signedIn((await customer()).user.id);
      const before = await fingerprint();
      await expect(point.fn(input)).resolves.toEqual({ ok: false, message: "This record no longer exists." });
      expect(await fingerprint()).toBe(before);
    },
  );

  it("a locked customer user's session is refused like a signed-out one", async () => {
    const { user } = await makeCustomerUser({ confirmed: true, lockedUntil: new Date(Date.now() + 60_000) });
    session.customerUserId = await signedIn(user.id);
    const point = points.find((p) => p.key === "lib/shop-account/address-shop-actions.ts#addOwnAddressAction")!;
    await expect(point.fn({ address })).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT;replace;/login"),
    });
    expect(await prisma.customerAddress.count({ where: { customerUserId: user.id } })).toBe(0);
  });

  it("a password reset by an administrator signs the user out; an expired one allows only changing it", async () => {
    const point = points.find((p) => p.key === "lib/shop-account/address-shop-actions.ts#addOwnAddressAction")!;
    const reset = await makeCustomerUser({ confirmed: true, passwordStatus: "RESET" });
    session.customerUserId = await signedIn(reset.user.id);
    await expect(point.fn({ address })).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT;replace;/login"),
    });
    const expired = await makeCustomerUser({ confirmed: true, passwordStatus: "EXPIRED" });
    session.customerUserId = await signedIn(expired.user.id);
    await expect(point.fn({ address })).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT;replace;/account/password"),
    });
    expect(
      await prisma.customerAddress.count({ where: { customerUserId: { in: [reset.user.id, expired.user.id] } } }),
    ).toBe(0);
  });
});

describe("a customer administrator cannot reach another company's users or roles", () => {
  const crossCompany = [
    "lib/shop-company-users/shop-actions.ts#updateAccountUserAction",
    "lib/shop-company-users/shop-actions.ts#setAccountUserEnabledAction",
    "lib/shop-company-users/shop-actions.ts#deleteAccountUserAction",
    "lib/shop-company-users/shop-actions.ts#resetAccountUserPasswordAction",
    "lib/shop-company-roles/shop-actions.ts#updateAccountRoleAction",
    "lib/shop-company-roles/shop-actions.ts#deleteAccountRoleAction",
  ];
  it.each(crossCompany)("%s with another company's id is not found and writes nothing", async (key) => {
    const point = points.find((p) => p.key === key)!;
    const input = await VALID_INPUT[key]!();
    // an administrator of a company and its subsidiaries, but of another tree than the target's
    session.customerUserId = await signedIn((await makeAccountTree("COMPANY_AND_SUBSIDIARIES")).admin.id);
    const before = await fingerprint();
    await expect(point.fn(input)).resolves.toEqual({ ok: false, message: "This record no longer exists." });
    expect(await fingerprint()).toBe(before);
  });
});

describe("a customer user cannot reach another one's shopping lists", () => {
  const foreign = [
    "renameListAction",
    "deleteListAction",
    "setCurrentListAction",
    "setLineQuantityAction",
    "removeLineAction",
  ].map((n) => `${LISTS}${n}`);
  it.each([...foreign, "lib/orders/checkout-shop-actions.ts#placeOrderAction"])(
    "%s with someone else's list changes nothing",
    async (key) => {
      const point = points.find((p) => p.key === key)!;
      const input = await VALID_INPUT[key]!();
      session.customerUserId = await signedIn(
        (await makeBuyer((await makeBuyerRole("COMPANY_AND_SUBSIDIARIES")).id)).user.id,
      );
      const before = await fingerprint();
      await expect(point.fn(input)).resolves.toMatchObject({ ok: false, message: "This record no longer exists." });
      expect(await fingerprint()).toBe(before);
    },
  );
});

describe("a customer user ends only their own sessions", () => {
  it("someone else's session is not found and lives on; 'all other sessions' ends only the caller's own", async () => {
    const action = (name: string) =>
      points.find((p) => p.key === `lib/shop-account/session-shop-actions.ts#${name}`)!.fn;
    const { user } = await customer();
    session.customerUserId = await signedIn(user.id);
    const current = (await prisma.authSession.findFirstOrThrow({ where: { customerUserId: user.id } })).id;
    const mine = await signInRow({ customerUserId: user.id });
    const theirs = await signInRow({ customerUserId: (await customer()).user.id });
    const before = await fingerprint();
    await expect(action("endCustomerSessionAction")({ id: theirs })).resolves.toEqual({
      ok: false,
      message: "This record no longer exists.",
    });
    expect(await fingerprint()).toBe(before);
    await expect(action("endOtherCustomerSessionsAction")({})).resolves.toEqual({ ok: true });
    const rows = await prisma.authSession.findMany({ where: { id: { in: [current, mine, theirs] } } });
    expect(Object.fromEntries(rows.map((r) => [r.id, r.revokeReason]))).toEqual({
      [current]: null,
      [mine]: "ENDED_BY_USER",
      [theirs]: null,
    });
    expect(await prisma.auditLog.findFirst({ where: { entity: "customer-user", entityId: user.id } })).toMatchObject({
      action: "end-other-sessions",
      actorLabel: `storefront: ${user.email}`,
    });
  });
});
