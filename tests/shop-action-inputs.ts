import { randomUUID } from "node:crypto";

import { prisma } from "@/lib/db";

import { makeAccountTree } from "./account-fixtures";
import { makeProduct } from "./catalog-fixtures";
import { makeCustomerUser } from "./customer-fixtures";
import { makeBuyer, makeBuyerRole } from "./order-fixtures";
import { signInRow } from "./session-fixtures";
import { tag } from "./staff-fixtures";

/** An application of another company's user: a caller who names it must not reach it. */
const foreignApplication = async () =>
  prisma.oAuthApplication.create({
    data: {
      customerUserId: (await makeAccountTree("COMPANY")).outsider.id,
      name: `Guard ${tag()}`,
      clientId: `guard-${tag()}`,
      secretHash: "x",
    },
  });

export const address = {
  label: "",
  organization: "",
  firstName: "",
  lastName: "",
  street: "Guard St 1",
  street2: "",
  city: "Berlin",
  postalCode: "10115",
  region: "",
  country: "DE",
  phone: "",
  billing: true,
  shipping: false,
  defaultBilling: true,
  defaultShipping: false,
};
export const customer = () => makeCustomerUser({ confirmed: true });
const colleagueForm = (companyId: string) => ({
  enabled: false,
  firstName: "Guard",
  lastName: "Colleague",
  email: `guard-${Math.random().toString(36).slice(2)}@example.com`,
  companyId,
  roleIds: [],
  generatePassword: true,
  password: "",
  repeatPassword: "",
  sendWelcomeEmail: false,
});
const foreignRole = async () => {
  const tree = await makeAccountTree("COMPANY");
  return prisma.customerRole.create({
    data: { name: `Foreign ${tree.t}`, companyId: tree.other.id, selfManaged: true },
  });
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
    data: {
      name: "Guard list",
      customerUserId: buyer.user.id,
      companyId: buyer.company.id,
      lines: { create: [{ productId: product.id, sku: product.sku, name: product.name, quantity: 1 }] },
    },
    include: { lines: true },
  });
  return { buyer, product, list, line: list.lines[0]! };
};
export const LISTS = "lib/shopping-lists/shop-actions.ts#";
const rfqListOf = async () => {
  const { user } = await customer();
  return prisma.shoppingList.create({
    data: {
      name: "Guard list",
      companyId: user.companyId,
      customerUserId: user.id,
      lines: { create: [{ sku: "G-1", name: "Guard", quantity: 2 }] },
    },
  });
};
const sentQuoteOf = async () => {
  const { user } = await customer();
  return prisma.quote.create({
    data: {
      number: `QT-G${user.id.slice(-8)}`,
      companyId: user.companyId,
      customerUserId: user.id,
      currency: "EUR",
      total: 100,
      status: "SENT",
    },
  });
};

/**
 * A valid input for every storefront action (none of them names the acting user): the refusal tables
 * act on it as another user (tests/customer-guards.integration.test.ts), and it is the well-formed
 * shape that tests/action-inputs.property.integration.test.ts mutates.
 */
export const SHOP_ACTION_INPUTS: Record<string, () => Promise<unknown>> = {
  "lib/shop-account/profile-shop-actions.ts#updateProfileAction": async () => ({
    firstName: "Guard",
    lastName: "Profile",
    phone: "",
    birthday: "",
    preferredLocale: "",
  }),
  "lib/shop-account/profile-shop-actions.ts#changeEmailAction": async () => ({
    email: `guard-${randomUUID().slice(0, 8)}@example.com`,
    currentPassword: "whatever-1",
  }),
  "lib/shop-account/profile-shop-actions.ts#changePasswordAction": async () => ({
    currentPassword: "whatever-1",
    password: "Guard-new-pass-1",
    repeatPassword: "Guard-new-pass-1",
  }),
  "lib/shop-account/address-shop-actions.ts#addOwnAddressAction": async () => ({ address }),
  "lib/shop-account/address-shop-actions.ts#updateOwnAddressAction": async () => ({
    id: (await addressOf()).id,
    address: { ...address, city: "Hamburg" },
  }),
  "lib/shop-account/address-shop-actions.ts#deleteOwnAddressAction": async () => ({ id: (await addressOf()).id }),
  "lib/shop-company-users/shop-actions.ts#createAccountUserAction": async () =>
    colleagueForm((await makeAccountTree("COMPANY")).home.id),
  "lib/shop-company-users/shop-actions.ts#updateAccountUserAction": async () => {
    const tree = await makeAccountTree("COMPANY");
    return {
      id: tree.outsider.id,
      values: { ...colleagueForm(tree.other.id), email: tree.outsider.email, enabled: false },
    };
  },
  "lib/shop-company-users/shop-actions.ts#setAccountUserEnabledAction": async () => ({
    id: (await makeAccountTree("COMPANY")).outsider.id,
    enabled: false,
  }),
  "lib/shop-company-users/shop-actions.ts#deleteAccountUserAction": async () => ({
    id: (await makeAccountTree("COMPANY")).outsider.id,
  }),
  "lib/shop-company-users/shop-actions.ts#resetAccountUserPasswordAction": async () => ({
    id: (await makeAccountTree("COMPANY")).outsider.id,
  }),
  "lib/shop-company-roles/shop-actions.ts#createAccountRoleAction": async () => ({
    name: `Guard role ${Math.random()}`,
    permissions: [],
    capabilities: [],
  }),
  "lib/shop-company-roles/shop-actions.ts#updateAccountRoleAction": async () => ({
    id: (await foreignRole()).id,
    values: { name: "Guard renamed", permissions: [], capabilities: [] },
  }),
  "lib/shop-company-roles/shop-actions.ts#deleteAccountRoleAction": async () => ({ id: (await foreignRole()).id }),
  [`${LISTS}addToListAction`]: async () => ({ productId: (await makeProduct(`GUARD-${tag()}`, 100)).id, quantity: 1 }),
  [`${LISTS}createListAction`]: async () => ({ name: "Guard list" }),
  [`${LISTS}renameListAction`]: async () => ({ id: (await listOf()).list.id, name: "Renamed" }),
  [`${LISTS}deleteListAction`]: async () => ({ id: (await listOf()).list.id }),
  [`${LISTS}setCurrentListAction`]: async () => ({ id: (await listOf()).list.id }),
  [`${LISTS}setLineQuantityAction`]: async () => {
    const { list, line } = await listOf();
    return { listId: list.id, lineId: line.id, quantity: 2 };
  },
  [`${LISTS}removeLineAction`]: async () => {
    const { list, line } = await listOf();
    return { listId: list.id, lineId: line.id };
  },
  "lib/orders/checkout-shop-actions.ts#placeOrderAction": async () => {
    const { buyer, list } = await listOf();
    return { listId: list.id, billingAddressId: buyer.billing.id, shippingAddressId: buyer.shipping.id, poNumber: "" };
  },
  "lib/requests-for-quote/shop-actions.ts#submitRequestForQuoteAction": async () => ({
    poNumber: "",
    note: "",
    lines: [{ sku: "G-1", quantity: 1, targetPrice: "" }],
  }),
  "lib/requests-for-quote/shop-actions.ts#submitShoppingListRequestAction": async () => ({
    shoppingListId: (await rfqListOf()).id,
    poNumber: "",
    note: "",
  }),
  "lib/quotes/shop-actions.ts#declineQuoteAction": async () => ({ number: (await sentQuoteOf()).number }),
  "lib/consents/shop-actions.ts#acceptConsentAction": async () => ({
    id: (await prisma.consent.create({ data: { code: `guard-${tag()}`, name: "Guard" } })).id,
  }),
  "lib/consents/shop-actions.ts#revokeConsentAction": async () => ({
    id: (await prisma.consent.create({ data: { code: `guard-${tag()}`, name: "Guard" } })).id,
  }),
  "lib/shop-account/assistance-consent-shop-actions.ts#setAssistanceAllowedAction": async () => ({ allowed: true }),
  "lib/shop-account/session-shop-actions.ts#endCustomerSessionAction": async () => ({
    id: await signInRow({ customerUserId: (await customer()).user.id }),
  }),
  "lib/shop-account/session-shop-actions.ts#endOtherCustomerSessionsAction": async () => ({}),
  "lib/oauth-applications/shop-actions.ts#deactivateShopApplicationAction": async () => ({
    id: (await foreignApplication()).id,
  }),
  "lib/oauth-applications/shop-actions.ts#deleteShopApplicationAction": async () => ({
    id: (await foreignApplication()).id,
  }),
};
