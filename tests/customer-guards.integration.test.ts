import { randomUUID } from "node:crypto";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { CUSTOMER_GUARD } from "@/lib/auth/customer-action";
import { prisma } from "@/lib/db";
import messages from "@/messages/en.json";
import { makeAccountTree } from "./account-fixtures";
import { makeProduct } from "./catalog-fixtures";
import { makeCustomerUser } from "./customer-fixtures";
import { makeBuyer, makeBuyerRole } from "./order-fixtures";
import { signInRow } from "./session-fixtures";
import { tag } from "./staff-fixtures";
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
      const u = await prisma.customerUser.findUniqueOrThrow({
        where: { id: session.customerUserId },
        select: { sessionVersion: true, websiteId: true, authSessions: { where: { revokedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true }, take: 1 } },
      });
      return real.loadCustomerSession({ sub: session.customerUserId, sv: u.sessionVersion, wid: u.websiteId, sid: u.authSessions[0]?.id }, u.websiteId);
    },
  };
});

/** Signs the customer user in (a live session row, made before any fingerprint) and names them as the caller. */
const signedIn = async (customerUserId: string) => {
  await signInRow({ customerUserId });
  return customerUserId;
};

const address = {
  label: "", organization: "", firstName: "", lastName: "", street: "Guard St 1", street2: "", city: "Berlin", postalCode: "10115", region: "",
  country: "DE", phone: "", billing: true, shipping: false, defaultBilling: true, defaultShipping: false,
};
const customer = () => makeCustomerUser({ confirmed: true });
const colleagueForm = (companyId: string) => ({
  enabled: false, firstName: "Guard", lastName: "Colleague", email: `guard-${Math.random().toString(36).slice(2)}@example.com`, companyId, roleIds: [],
  generatePassword: true, password: "", repeatPassword: "", sendWelcomeEmail: false,
});
const foreignRole = async () => {
  const tree = await makeAccountTree("COMPANY");
  return prisma.customerRole.create({ data: { name: `Foreign ${tree.t}`, companyId: tree.other.id, selfManaged: true } });
};
const addressOf = async () => {
  const { user } = await customer();
  return prisma.customerAddress.create({ data: { ...address, customerUserId: user.id } });
};

/** Someone's list with one line, and their addresses: the refusal tables act on it as another user. */
const listOf = async () => {
  const buyer = await makeBuyer((await makeBuyerRole("OWN")).id);
  const product = await makeProduct(`GUARD-${tag()}`, 100);
  const list = await prisma.shoppingList.create({
    data: { name: "Guard list", customerUserId: buyer.user.id, companyId: buyer.company.id, lines: { create: [{ productId: product.id, sku: product.sku, name: product.name, quantity: 1 }] } },
    include: { lines: true },
  });
  return { buyer, product, list, line: list.lines[0]! };
};
const LISTS = "lib/shopping-lists/actions.ts#";
const rfqListOf = async () => {
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
  "lib/customer-account/profile-actions.ts#changeEmailAction": async () => ({ email: `guard-${randomUUID().slice(0, 8)}@example.com`, currentPassword: "whatever-1" }),
  "lib/customer-account/profile-actions.ts#changePasswordAction": async () => ({ currentPassword: "whatever-1", password: "Guard-new-pass-1", repeatPassword: "Guard-new-pass-1" }),
  "lib/customer-account/address-actions.ts#addOwnAddressAction": async () => ({ address }),
  "lib/customer-account/address-actions.ts#updateOwnAddressAction": async () => ({ id: (await addressOf()).id, address: { ...address, city: "Hamburg" } }),
  "lib/customer-account/address-actions.ts#deleteOwnAddressAction": async () => ({ id: (await addressOf()).id }),
  "lib/account-users/actions.ts#createAccountUserAction": async () => colleagueForm((await makeAccountTree("COMPANY")).home.id),
  "lib/account-users/actions.ts#updateAccountUserAction": async () => {
    const tree = await makeAccountTree("COMPANY");
    return { id: tree.outsider.id, values: { ...colleagueForm(tree.other.id), email: tree.outsider.email, enabled: false } };
  },
  "lib/account-users/actions.ts#setAccountUserEnabledAction": async () => ({ id: (await makeAccountTree("COMPANY")).outsider.id, enabled: false }),
  "lib/account-users/actions.ts#deleteAccountUserAction": async () => ({ id: (await makeAccountTree("COMPANY")).outsider.id }),
  "lib/account-users/actions.ts#resetAccountUserPasswordAction": async () => ({ id: (await makeAccountTree("COMPANY")).outsider.id }),
  "lib/account-roles/actions.ts#createAccountRoleAction": async () => ({ name: `Guard role ${Math.random()}`, permissions: [], capabilities: [] }),
  "lib/account-roles/actions.ts#updateAccountRoleAction": async () => ({ id: (await foreignRole()).id, values: { name: "Guard renamed", permissions: [], capabilities: [] } }),
  "lib/account-roles/actions.ts#deleteAccountRoleAction": async () => ({ id: (await foreignRole()).id }),
  [`${LISTS}addToListAction`]: async () => ({ productId: (await makeProduct(`GUARD-${tag()}`, 100)).id, quantity: 1 }),
  [`${LISTS}createListAction`]: async () => ({ name: "Guard list" }),
  [`${LISTS}renameListAction`]: async () => ({ id: (await listOf()).list.id, name: "Renamed" }),
  [`${LISTS}deleteListAction`]: async () => ({ id: (await listOf()).list.id }),
  [`${LISTS}setCurrentListAction`]: async () => ({ id: (await listOf()).list.id }),
  [`${LISTS}setLineQuantityAction`]: async () => { const { list, line } = await listOf(); return { listId: list.id, lineId: line.id, quantity: 2 }; },
  [`${LISTS}removeLineAction`]: async () => { const { list, line } = await listOf(); return { listId: list.id, lineId: line.id }; },
  "lib/orders/checkout-actions.ts#placeOrderAction": async () => {
    const { buyer, list } = await listOf();
    return { listId: list.id, billingAddressId: buyer.billing.id, shippingAddressId: buyer.shipping.id, poNumber: "" };
  },
  "lib/requests-for-quote/actions.ts#submitRequestForQuoteAction": async () => ({ poNumber: "", note: "", lines: [{ sku: "G-1", quantity: 1, targetPrice: "" }] }),
  "lib/requests-for-quote/actions.ts#submitShoppingListRequestAction": async () => ({ shoppingListId: (await rfqListOf()).id, poNumber: "", note: "" }),
  "lib/quotes/shop-actions.ts#acceptQuoteAction": async () => ({ number: (await sentQuoteOf()).number }),
  "lib/quotes/shop-actions.ts#declineQuoteAction": async () => ({ number: (await sentQuoteOf()).number }),
  "lib/consents/shop-actions.ts#acceptConsentAction": async () => ({ id: (await prisma.consent.create({ data: { code: `guard-${tag()}`, name: "Guard" } })).id }),
  "lib/consents/shop-actions.ts#revokeConsentAction": async () => ({ id: (await prisma.consent.create({ data: { code: `guard-${tag()}`, name: "Guard" } })).id }),
  "lib/impersonation/consent-actions.ts#setAssistanceAllowedAction": async () => ({ allowed: true }),
  "lib/customer-account/session-actions.ts#endCustomerSessionAction": async () => ({ id: await signInRow({ customerUserId: (await customer()).user.id }) }),
  "lib/customer-account/session-actions.ts#endOtherCustomerSessionsAction": async () => ({}),
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
      session.customerUserId = await signedIn(user.id);
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
    session.customerUserId = await signedIn((await customer()).user.id);
    const before = await fingerprint();
    await expect(point.fn(input)).resolves.toEqual({ ok: false, message: "This record no longer exists." });
    expect(await fingerprint()).toBe(before);
  });

  it("a locked customer user's session is refused like a signed-out one", async () => {
    const { user } = await makeCustomerUser({ confirmed: true, lockedUntil: new Date(Date.now() + 60_000) });
    session.customerUserId = await signedIn(user.id);
    const point = points.find((p) => p.key === "lib/customer-account/address-actions.ts#addOwnAddressAction")!;
    await expect(point.fn({ address })).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT;replace;/login") });
    expect(await prisma.customerAddress.count({ where: { customerUserId: user.id } })).toBe(0);
  });

  it("a password reset by an administrator signs the user out; an expired one allows only changing it", async () => {
    const point = points.find((p) => p.key === "lib/customer-account/address-actions.ts#addOwnAddressAction")!;
    const reset = await makeCustomerUser({ confirmed: true, passwordStatus: "RESET" });
    session.customerUserId = await signedIn(reset.user.id);
    await expect(point.fn({ address })).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT;replace;/login") });
    const expired = await makeCustomerUser({ confirmed: true, passwordStatus: "EXPIRED" });
    session.customerUserId = await signedIn(expired.user.id);
    await expect(point.fn({ address })).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT;replace;/account/password") });
    expect(await prisma.customerAddress.count({ where: { customerUserId: { in: [reset.user.id, expired.user.id] } } })).toBe(0);
  });
});

describe("a customer administrator cannot reach another company's users or roles", () => {
  const crossCompany = [
    "lib/account-users/actions.ts#updateAccountUserAction", "lib/account-users/actions.ts#setAccountUserEnabledAction",
    "lib/account-users/actions.ts#deleteAccountUserAction", "lib/account-users/actions.ts#resetAccountUserPasswordAction", "lib/account-roles/actions.ts#updateAccountRoleAction", "lib/account-roles/actions.ts#deleteAccountRoleAction",
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
  const foreign = ["renameListAction", "deleteListAction", "setCurrentListAction", "setLineQuantityAction", "removeLineAction"].map((n) => `${LISTS}${n}`);
  it.each([...foreign, "lib/orders/checkout-actions.ts#placeOrderAction"])("%s with someone else's list changes nothing", async (key) => {
    const point = points.find((p) => p.key === key)!;
    const input = await VALID_INPUT[key]!();
    session.customerUserId = await signedIn((await makeBuyer((await makeBuyerRole("COMPANY_AND_SUBSIDIARIES")).id)).user.id);
    const before = await fingerprint();
    await expect(point.fn(input)).resolves.toMatchObject({ ok: false, message: "This record no longer exists." });
    expect(await fingerprint()).toBe(before);
  });
});

describe("a customer user ends only their own sessions", () => {
  it("someone else's session is not found and lives on; 'all other sessions' ends only the caller's own", async () => {
    const action = (name: string) => points.find((p) => p.key === `lib/customer-account/session-actions.ts#${name}`)!.fn;
    const { user } = await customer();
    session.customerUserId = await signedIn(user.id);
    const current = (await prisma.authSession.findFirstOrThrow({ where: { customerUserId: user.id } })).id;
    const mine = await signInRow({ customerUserId: user.id });
    const theirs = await signInRow({ customerUserId: (await customer()).user.id });
    const before = await fingerprint();
    await expect(action("endCustomerSessionAction")({ id: theirs })).resolves.toEqual({ ok: false, message: "This record no longer exists." });
    expect(await fingerprint()).toBe(before);
    await expect(action("endOtherCustomerSessionsAction")({})).resolves.toEqual({ ok: true });
    const rows = await prisma.authSession.findMany({ where: { id: { in: [current, mine, theirs] } } });
    expect(Object.fromEntries(rows.map((r) => [r.id, r.revokeReason]))).toEqual({ [current]: null, [mine]: "ENDED_BY_USER", [theirs]: null });
    expect(await prisma.auditLog.findFirst({ where: { entity: "customer-user", entityId: user.id } })).toMatchObject({ action: "end-other-sessions", actorLabel: `storefront: ${user.email}` });
  });
});
