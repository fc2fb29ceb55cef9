import { randomUUID } from "node:crypto";

import { prisma } from "@/lib/db";
import { enqueueEmail } from "@/lib/mail/service";

import { signInRow } from "./session-fixtures";

export const tag = () => randomUUID().slice(0, 8);

async function targetUser() {
  const t = tag();
  return prisma.staffUser.create({
    data: { email: `target-${t}@example.com`, passwordHash: "x", firstName: "Tar", lastName: t },
  });
}

const roleValues = (t: string) => ({
  name: `guard-${t}`,
  rules: [{ area: "users", resource: "user", action: "view", effect: "ALLOW" }],
});
/** A queued export of another staff member's: whoever may not cancel it must leave it queued. */
const targetExportJob = async () =>
  prisma.exportJob.create({
    data: { requestedById: (await targetUser()).id, entity: "users", params: {}, delimiter: ",", total: 1 },
  });
const targetRole = () => prisma.staffRole.create({ data: { name: `target-${tag()}` } });
const targetGroup = () => prisma.staffGroup.create({ data: { name: `target-${tag()}` } });

const userValues = (t: string) => ({
  email: `guard-${t}@example.com`,
  password: `Guard-pass-${t}`,
  repeatPassword: `Guard-pass-${t}`,
  firstName: "Guard",
  lastName: t,
  groupIds: [],
  isAgent: false,
  locale: "de",
  status: "DEACTIVATED",
});

async function guardWebsite() {
  const t = tag();
  const en = await prisma.localization.create({ data: { code: `l-${t}`, name: `Language ${t}` } });
  return prisma.website.create({
    data: { name: `Guard ${t}`, code: `guard-${t}`, baseUrl: `http://${t}.example.com`, defaultLocalizationId: en.id },
  });
}
let website: Promise<{ id: string }> | undefined;
const companyValues = async (t: string) => ({
  name: `guard-${t}`,
  parentId: "",
  websiteId: (await (website ??= guardWebsite())).id,
  customerGroupId: "",
  salesRepId: "",
});
const templateValues = async () => {
  const t = tag();
  const l = await prisma.localization.create({ data: { code: `l-${t}`, name: `Language ${t}` } });
  return { key: "welcome", locale: l.code, subject: `Guard ${t}`, bodyText: "Hello {{ firstName }}", bodyHtml: "" };
};
const customerRoleValues = () => ({
  name: `guard-${tag()}`,
  owner: "predefined",
  companyId: "",
  selfManaged: false,
  permissions: [{ entity: "order", action: "VIEW", level: "OWN" }],
  capabilities: ["place-orders"],
});
const targetCustomerRole = () => prisma.customerRole.create({ data: { name: `target-${tag()}` } });
const targetCompany = async () =>
  prisma.company.create({ data: { name: `target-${tag()}`, websiteId: (await (website ??= guardWebsite())).id } });
const targetCustomerUser = async () => {
  const company = await targetCompany();
  return prisma.customerUser.create({
    data: {
      companyId: company.id,
      websiteId: company.websiteId,
      email: `target-${tag()}@example.com`,
      firstName: "Tar",
      lastName: "Get",
    },
  });
};
const targetApplication = async () =>
  prisma.oAuthApplication.create({
    data: {
      customerUserId: (await targetCustomerUser()).id,
      name: `target-${tag()}`,
      clientId: `target-${tag()}`,
      secretHash: "x",
    },
  });
const guardAddress = {
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

const customerUserValues = async (t: string) => ({
  enabled: false,
  namePrefix: "",
  firstName: "Guard",
  middleName: "",
  lastName: t,
  nameSuffix: "",
  email: `guard-${t}@example.com`,
  birthday: "",
  phone: "",
  companyMode: "existing",
  companyId: (await targetCompany()).id,
  newCompanyName: "",
  newCompanyParentId: "",
  salesRepId: "",
  websiteId: (await (website ??= guardWebsite())).id,
  preferredLocalizationId: "",
  roleIds: [],
  addresses: [],
  generatePassword: true,
  password: "",
  repeatPassword: "",
  sendWelcomeEmail: true,
});

const productValues = (t: string) => ({
  sku: `GUARD-${t}`,
  name: `Guard ${t}`,
  description: "",
  basePrice: "9.99",
  active: true,
  visibleGroupIds: [],
});
const targetProduct = () => prisma.product.create({ data: { sku: `TARGET-${tag()}`, name: "Target", basePrice: 100 } });
const priceListValues = async () => {
  const t = tag();
  const product = await prisma.product.create({ data: { sku: `PL-${t}`, name: "Listed", basePrice: 100 } });
  return {
    name: `guard-${t}`,
    currency: "EUR",
    entries: [{ sku: product.sku, price: "0.90", minQuantity: 1 }],
    companies: [],
    customerGroupIds: [],
  };
};
/** A customer user with a billing and a shipping address, and a catalog line they may buy at its price. */
const targetOrder = async () => {
  const user = await targetCustomerUser();
  const address = (kind: "billing" | "shipping") =>
    prisma.customerAddress.create({
      data: {
        customerUserId: user.id,
        street: "Guard St 1",
        city: "Berlin",
        postalCode: "10115",
        country: "DE",
        [kind]: true,
      },
    });
  const [billing, shipping, product] = await Promise.all([address("billing"), address("shipping"), targetProduct()]);
  return {
    customerUserId: user.id,
    billingAddressId: billing.id,
    shippingAddressId: shipping.id,
    lines: [{ sku: product.sku, quantity: 1, unitPrice: "" }],
  };
};
const targetPriceList = () => prisma.priceList.create({ data: { name: `target-${tag()}` } });
const cmsValues = (t: string) => ({
  slug: `guard-${t}`,
  title: "Guard",
  websiteId: "",
  published: true,
  blocks: [{ body: "Hi", audience: "EVERYONE", customerGroupId: "", companyId: "", companyLabel: "" }],
});
const targetCmsPage = () => prisma.cmsPage.create({ data: { slug: `target-${tag()}`, title: "Target" } });

/**
 * A valid input for every guarded back-office action, so a refusal can only come from the guard
 * (tests/guards.integration.test.ts), and a well-formed shape to mutate (tests/action-inputs.property.integration.test.ts).
 */
/** An uploaded import of one row, not validated yet. */
async function targetImport() {
  const content = Buffer.from(`Email Address,First Name\r\nguard-${tag()}@example.com,Guard\r\n`);
  return prisma.csvImport.create({
    data: {
      entity: "users",
      fileName: "guard.csv",
      checksum: "0".repeat(64),
      size: content.length,
      content,
      encoding: "utf-8",
      delimiter: ",",
      requestedByLabel: "guard",
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
}

export const STAFF_ACTION_INPUTS: Record<string, () => Promise<unknown>> = {
  "lib/staff-users/staff-actions.ts#createUserAction": async () => ({ ...userValues(tag()), status: "ACTIVE" }),
  "lib/staff-users/staff-actions.ts#updateUserAction": async () => ({
    id: (await targetUser()).id,
    values: userValues(tag()),
  }),
  "lib/staff-users/staff-actions.ts#setUserStatusAction": async () => ({
    id: (await targetUser()).id,
    status: "DEACTIVATED",
  }),
  "lib/staff-users/staff-actions.ts#deleteUserAction": async () => ({ id: (await targetUser()).id }),
  "lib/staff-account/staff-actions.ts#updateOwnLocaleAction": async () => ({ locale: "de" }),
  "lib/staff-account/staff-actions.ts#endOwnSessionAction": async () => ({
    id: await signInRow({ staffUserId: (await targetUser()).id }),
  }),
  "lib/staff-account/staff-actions.ts#endOtherSessionsAction": async () => ({}),
  "lib/staff-roles/staff-actions.ts#createRoleAction": async () => roleValues(tag()),
  "lib/staff-roles/staff-actions.ts#updateRoleAction": async () => ({
    id: (await targetRole()).id,
    values: roleValues(tag()),
  }),
  "lib/staff-roles/staff-actions.ts#deleteRoleAction": async () => ({
    id: (await targetRole()).id,
    acknowledgedGroups: 0,
  }),
  "lib/staff-groups/staff-actions.ts#createGroupAction": async () => ({ name: `guard-${tag()}`, roleIds: [] }),
  "lib/staff-groups/staff-actions.ts#updateGroupAction": async () => ({
    id: (await targetGroup()).id,
    values: { name: `guard-${tag()}`, roleIds: [] },
  }),
  "lib/staff-groups/staff-actions.ts#deleteGroupAction": async () => ({
    id: (await targetGroup()).id,
    acknowledgedUsers: 0,
  }),
  "lib/companies/staff-actions.ts#createCompanyAction": () => companyValues(tag()),
  "lib/companies/staff-actions.ts#updateCompanyAction": async () => ({
    id: (await targetCompany()).id,
    values: await companyValues(tag()),
  }),
  "lib/companies/staff-actions.ts#deleteCompanyAction": async () => ({ id: (await targetCompany()).id }),
  "lib/companies/staff-actions.ts#searchCompaniesAction": async () => ({ q: "guard" }),
  "lib/customer-roles/staff-actions.ts#createCustomerRoleAction": async () => customerRoleValues(),
  "lib/customer-roles/staff-actions.ts#updateCustomerRoleAction": async () => ({
    id: (await targetCustomerRole()).id,
    values: customerRoleValues(),
  }),
  "lib/customer-roles/staff-actions.ts#deleteCustomerRoleAction": async () => ({
    id: (await targetCustomerRole()).id,
    acknowledgedUsers: 0,
  }),
  "lib/templates/staff-actions.ts#saveTemplateAction": templateValues,
  "lib/templates/staff-actions.ts#previewTemplateAction": templateValues,
  "lib/customer-users/staff-actions.ts#createCustomerUserAction": () => customerUserValues(tag()),
  "lib/customer-users/staff-actions.ts#updateCustomerUserAction": async () => ({
    id: (await targetCustomerUser()).id,
    values: await customerUserValues(tag()),
  }),
  "lib/customer-users/staff-actions.ts#setCustomerUserEnabledAction": async () => ({
    id: (await targetCustomerUser()).id,
    enabled: false,
  }),
  "lib/customer-users/staff-actions.ts#deleteCustomerUserAction": async () => ({ id: (await targetCustomerUser()).id }),
  "lib/customer-users/staff-actions.ts#unlockCustomerUserAction": async () => ({ id: (await targetCustomerUser()).id }),
  "lib/customer-users/staff-actions.ts#resetCustomerUserPasswordAction": async () => ({
    id: (await targetCustomerUser()).id,
  }),
  "lib/customer-users/staff-actions.ts#bulkChangeCustomerUsersAction": async () => ({
    action: "disable",
    ids: [(await targetCustomerUser()).id],
  }),
  // a run of someone else is not found: the answer is the same as for an id that never existed
  "lib/customer-users/staff-actions.ts#bulkRunStatusAction": async () => ({ id: "no-such-run" }),
  "lib/customer-users/staff-actions.ts#countMatchingCustomerUsersAction": async () => ({ matching: {} }),
  "lib/customer-users/staff-actions.ts#searchCompanyOptionsAction": async () => ({ q: "guard" }),
  "lib/grid-views/staff-actions.ts#saveGridViewAction": async () => ({
    grid: "customer-users",
    name: `guard-${tag()}`,
    state: { email: "guard", sort: "email", cols: ["id", "email"] },
    isDefault: true,
  }),
  // only one's own views are found: another's answers as an id that never existed
  "lib/grid-views/staff-actions.ts#deleteGridViewAction": async () => ({ id: "no-such-view" }),
  "lib/customer-users/staff-actions.ts#searchSalesRepOptionsAction": async () => ({ q: "guard" }),
  "lib/customer-users/staff-actions.ts#assignableRolesAction": async () => ({ companyId: "" }),
  "lib/customer-import/staff-actions.ts#validateImportAction": async () => ({ id: (await targetImport()).id }),
  "lib/customer-import/staff-actions.ts#startImportAction": async () => ({
    id: (await targetImport()).id,
    checksum: "0".repeat(64),
  }),
  "lib/customer-import/staff-actions.ts#cancelImportAction": async () => ({ id: (await targetImport()).id }),
  "lib/customer-import/staff-actions.ts#importProgressAction": async () => ({ id: (await targetImport()).id }),
  "lib/customer-import/staff-actions.ts#undoImportAction": async () => ({ id: (await targetImport()).id }),
  "lib/customer-import/staff-actions.ts#dismissImportNoticeAction": async () => ({ id: (await targetImport()).id }),
  "lib/impersonation/staff-actions.ts#startAssistAction": async () => ({
    customerUserId: (await targetCustomerUser()).id,
    reason: "Guard check",
  }),
  "lib/impersonation/staff-actions.ts#startPreviewAction": async () => ({
    customerUserId: (await targetCustomerUser()).id,
    cmsPageId: (await targetCmsPage()).id,
  }),
  "lib/impersonation/staff-actions.ts#endOwnImpersonationAction": async () => ({ sessionId: "no-such-session" }),
  "lib/impersonation/staff-actions.ts#endImpersonationAction": async () => ({ sessionId: "no-such-session" }),
  "lib/customer-users/export-job-actions.ts#cancelExportJobAction": async () => ({ id: (await targetExportJob()).id }),
  "lib/customer-users/export-job-actions.ts#dismissExportNoticeAction": async () => ({
    id: (await targetExportJob()).id,
  }),
  "lib/customer-users/note-staff-actions.ts#addNoteAction": async () => ({
    customerUserId: (await targetCustomerUser()).id,
    body: "Guard note",
  }),
  "lib/customer-users/address-staff-actions.ts#addAddressAction": async () => ({
    customerUserId: (await targetCustomerUser()).id,
    address: guardAddress,
  }),
  "lib/orders/staff-actions.ts#createOrderAction": async () => ({ ...(await targetOrder()), poNumber: "" }),
  "lib/orders/staff-actions.ts#orderCatalogLookupAction": async () => ({
    customerUserId: (await targetCustomerUser()).id,
    q: "TARGET",
    quantity: 1,
  }),
  "lib/quotes/staff-actions.ts#createQuoteAction": async () => {
    const { customerUserId, lines } = await targetOrder();
    return { customerUserId, validUntil: "", lines };
  },
  "lib/quotes/staff-actions.ts#quoteCatalogLookupAction": async () => ({
    customerUserId: (await targetCustomerUser()).id,
    q: "TARGET",
    quantity: 1,
  }),
  "lib/quotes/staff-actions.ts#sendQuoteAction": async () => {
    const user = await targetCustomerUser();
    const quote = await prisma.quote.create({
      data: { number: `QT-G${tag()}`, companyId: user.companyId, customerUserId: user.id, currency: "EUR", total: 100 },
    });
    return { id: quote.id };
  },
  "lib/settings/staff-actions.ts#saveSettingsAction": async () => ({
    quickActionMode: "dialog",
    customerLoginMaxFailures: 3,
    customerLoginFailureWindowMinutes: 0,
    customerLockoutMinutes: 0,
    passwordResetTtlHours: 24,
    passwordMinLength: 8,
    passwordHistoryCount: 12,
    passwordMaxAgeDays: 0,
    passwordExpiryReminderDays: 7,
    passwordRequireLower: false,
    passwordRequireUpper: false,
    passwordRequireDigit: false,
    passwordRequireSymbol: false,
    passwordHistoryEnabled: false,
    impersonationEnabled: false,
    impersonationMaxMinutes: 30,
    assistanceConsentMode: "not-required",
    impersonationNotifyCustomer: true,
    oauthAccessTokenMinutes: 15,
    csvImportMaxMegabytes: 50,
    websites: [],
  }),
  "lib/catalog/staff-actions.ts#createProductAction": async () => ({ values: productValues(tag()), image: null }),
  "lib/catalog/staff-actions.ts#updateProductAction": async () => ({
    id: (await targetProduct()).id,
    values: productValues(tag()),
    image: null,
  }),
  "lib/catalog/staff-actions.ts#deleteProductAction": async () => ({ id: (await targetProduct()).id }),
  "lib/catalog/price-list-staff-actions.ts#createPriceListAction": priceListValues,
  "lib/catalog/price-list-staff-actions.ts#updatePriceListAction": async () => ({
    id: (await targetPriceList()).id,
    values: await priceListValues(),
  }),
  "lib/catalog/price-list-staff-actions.ts#deletePriceListAction": async () => ({ id: (await targetPriceList()).id }),
  "lib/cms/staff-actions.ts#createCmsPageAction": async () => cmsValues(tag()),
  "lib/cms/staff-actions.ts#updateCmsPageAction": async () => ({
    id: (await targetCmsPage()).id,
    values: cmsValues(tag()),
  }),
  "lib/cms/staff-actions.ts#deleteCmsPageAction": async () => ({ id: (await targetCmsPage()).id }),
  "lib/consents/staff-actions.ts#createConsentAction": async () => ({
    code: `guard-${tag()}`,
    name: "Guard",
    mandatory: false,
    cmsPageId: "",
    active: true,
  }),
  "lib/consents/staff-actions.ts#updateConsentAction": async () => ({
    id: (await prisma.consent.create({ data: { code: `target-${tag()}`, name: "Target" } })).id,
    values: { code: `guard-${tag()}`, name: "Guard", mandatory: false, cmsPageId: "", active: true },
  }),
  "lib/consents/staff-actions.ts#deleteConsentAction": async () => ({
    id: (await prisma.consent.create({ data: { code: `target-${tag()}`, name: "Target" } })).id,
  }),
  "lib/customer-assignment/staff-actions.ts#saveCustomerAssignmentAction": async () => ({
    staffUserId: (await targetUser()).id,
    assign: [(await targetCustomerUser()).id],
    deassign: [],
  }),
  "lib/oauth-applications/staff-actions.ts#createApplicationAction": async () => ({
    customerUserId: (await targetCustomerUser()).id,
    values: { name: `guard-${tag()}`, active: true, scopes: ["me:read"], expiresOn: "" },
  }),
  "lib/oauth-applications/staff-actions.ts#updateApplicationAction": async () => ({
    id: (await targetApplication()).id,
    values: {
      name: `guard-${tag()}`,
      active: false,
      scopes: [],
      expiresOn: "",
      rateLimitPerSecond: 5,
      rateLimitBurst: 10,
    },
  }),
  "lib/oauth-applications/staff-actions.ts#setApplicationActiveAction": async () => ({
    id: (await targetApplication()).id,
    active: false,
  }),
  "lib/oauth-applications/staff-actions.ts#regenerateSecretAction": async () => ({
    id: (await targetApplication()).id,
    overlapHours: 1,
  }),
  "lib/oauth-applications/staff-actions.ts#deleteApplicationAction": async () => ({
    id: (await targetApplication()).id,
  }),
  "lib/mail/staff-actions.ts#revealEmailAction": async () => {
    const unmasked = { subject: "Guard", text: `Password: guard-${tag()}`, html: null };
    const { id } = await prisma.$transaction((tx) =>
      enqueueEmail(tx, {
        idempotencyKey: `guard:${tag()}`,
        to: "guard@example.com",
        subject: "Guard",
        text: "Password: ••••••••",
        unmasked,
      }),
    );
    return { id };
  },
};
