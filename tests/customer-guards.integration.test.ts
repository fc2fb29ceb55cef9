import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { CUSTOMER_GUARD } from "@/lib/auth/customer-action";
import { prisma } from "@/lib/db";
import messages from "@/messages/en.json";
import { makeCustomerUser } from "./customer-fixtures";
import { entryPoints } from "./entry-points";
import { fingerprint } from "./fingerprint";

/** The storefront request outside Next: which customer user is signed in, and the English catalogue. */
const session = vi.hoisted(() => ({ customerUserId: null as string | null }));

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "192.0.2.20" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: "en", messages, namespace: namespace as never }),
}));
vi.mock("@/lib/auth/customer-session", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/customer-session")>();
  return {
    ...real,
    currentCustomer: async () => {
      if (!session.customerUserId) return null;
      const u = await prisma.customerUser.findUniqueOrThrow({ where: { id: session.customerUserId }, select: { sessionVersion: true, websiteId: true } });
      return real.loadCustomerSession(session.customerUserId, u.sessionVersion, u.websiteId, u.websiteId);
    },
  };
});

const address = {
  label: "", organization: "", firstName: "", lastName: "", street: "Guard St 1", street2: "", city: "Berlin", postalCode: "10115", region: "",
  country: "DE", phone: "", billing: true, shipping: false, defaultBilling: true, defaultShipping: false,
};
const customer = () => makeCustomerUser({ confirmed: true });
const addressOf = async () => {
  const { user } = await customer();
  return prisma.customerAddress.create({ data: { ...address, customerUserId: user.id } });
};

const listOf = async () => {
  const { user } = await customer();
  return prisma.shoppingList.create({ data: { name: "Guard list", companyId: user.companyId, customerUserId: user.id, lines: { create: [{ sku: "G-1", name: "Guard", quantity: 2 }] } } });
};
const sentQuoteOf = async () => {
  const { user } = await customer();
  return prisma.quote.create({ data: { number: `QT-G${user.id.slice(-8)}`, companyId: user.companyId, customerUserId: user.id, currency: "EUR", total: 100, status: "SENT" } });
};

/** A valid input for every storefront action: none of them names the acting user. */
const VALID_INPUT: Record<string, () => Promise<unknown>> = {
  "lib/customer-account/profile-actions.ts#updateProfileAction": async () => ({ firstName: "Guard", lastName: "Profile", phone: "", birthday: "", preferredLocale: "" }),
  "lib/customer-account/profile-actions.ts#changePasswordAction": async () => ({ currentPassword: "whatever-1", password: "Guard-new-pass-1", repeatPassword: "Guard-new-pass-1" }),
  "lib/customer-account/address-actions.ts#addOwnAddressAction": async () => ({ address }),
  "lib/customer-account/address-actions.ts#updateOwnAddressAction": async () => ({ id: (await addressOf()).id, address: { ...address, city: "Hamburg" } }),
  "lib/customer-account/address-actions.ts#deleteOwnAddressAction": async () => ({ id: (await addressOf()).id }),
  "lib/requests-for-quote/actions.ts#submitRequestForQuoteAction": async () => ({ poNumber: "", note: "", lines: [{ sku: "G-1", quantity: 1, targetPrice: "" }] }),
  "lib/requests-for-quote/actions.ts#submitShoppingListRequestAction": async () => ({ shoppingListId: (await listOf()).id, poNumber: "", note: "" }),
  "lib/quotes/shop-actions.ts#acceptQuoteAction": async () => ({ number: (await sentQuoteOf()).number }),
  "lib/quotes/shop-actions.ts#declineQuoteAction": async () => ({ number: (await sentQuoteOf()).number }),
};

let points: Awaited<ReturnType<typeof entryPoints>>;
beforeAll(async () => {
  points = await entryPoints();
});

describe("every storefront action is guarded", () => {
  it("has a valid input in the refusal table for every action with the customer guard", () => {
    const guarded = points.filter((p) => CUSTOMER_GUARD in p.fn).map((p) => p.key).sort();
    expect(guarded.length).toBeGreaterThan(0);
    expect(Object.keys(VALID_INPUT).sort()).toEqual(guarded);
  });

  it.each(Object.keys(VALID_INPUT))("%s: signed out is sent to the sign-in page and nothing is written", async (key) => {
    const point = points.find((p) => p.key === key)!;
    const input = await VALID_INPUT[key]!();
    session.customerUserId = null;
    const before = await fingerprint();
    await expect(point.fn(input)).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT;replace;/login") });
    expect(await fingerprint()).toBe(before);
  });
});

describe("a customer user cannot reach another company's quotes or shopping lists", () => {
  it.each(["lib/quotes/shop-actions.ts#acceptQuoteAction", "lib/quotes/shop-actions.ts#declineQuoteAction", "lib/requests-for-quote/actions.ts#submitShoppingListRequestAction"])(
    "%s with someone else's quote or list changes nothing",
    async (key) => {
      const point = points.find((p) => p.key === key)!;
      const input = await VALID_INPUT[key]!();
      const { user } = await customer();
      const permissions = ["quote", "request-for-quote"].flatMap((entity) => (["VIEW", "CREATE", "EDIT"] as const).map((action) => ({ entity, action, level: "COMPANY_AND_SUBSIDIARIES" as const })));
      const role = await prisma.customerRole.create({ data: { name: `Buyer ${user.id}`, capabilities: ["request-quote"], permissions: { create: permissions } } });
      await prisma.customerUserRole.create({ data: { customerUserId: user.id, roleId: role.id } });
      session.customerUserId = user.id;
      const before = await fingerprint();
      await expect(point.fn(input)).resolves.toEqual({ ok: false, message: "This record no longer exists." });
      expect(await fingerprint()).toBe(before);
    },
  );
});

describe("a customer user cannot reach another one's addresses", () => {
  it.each(["updateOwnAddressAction", "deleteOwnAddressAction"])("%s with someone else's address id changes nothing", async (name) => {
    const point = points.find((p) => p.key === `lib/customer-account/address-actions.ts#${name}`)!;
    const input = await VALID_INPUT[point.key]!();
    session.customerUserId = (await customer()).user.id;
    const before = await fingerprint();
    await expect(point.fn(input)).resolves.toEqual({ ok: false, message: "This record no longer exists." });
    expect(await fingerprint()).toBe(before);
  });

  it("a locked customer user's session is refused like a signed-out one", async () => {
    const { user } = await makeCustomerUser({ confirmed: true, lockedUntil: new Date(Date.now() + 60_000) });
    session.customerUserId = user.id;
    const point = points.find((p) => p.key === "lib/customer-account/address-actions.ts#addOwnAddressAction")!;
    await expect(point.fn({ address })).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT;replace;/login") });
    expect(await prisma.customerAddress.count({ where: { customerUserId: user.id } })).toBe(0);
  });
});
