import { expect, test, type Page } from "@playwright/test";

import { formReady, menuItem, signInOk } from "./fixtures/auth";
import { ADMIN, createGroup, createStaff, db, tag } from "./fixtures/db";
import { receivedMail, textOf } from "./fixtures/mail";
import { createCustomer, shopSignInOk } from "./fixtures/shop";

// Some tests switch global settings (the feature, the consent mode): no other test of this file may run meanwhile.
test.describe.configure({ mode: "serial" });

const REASON_ERROR = "Give a reason of at least 3 characters.";

/** A staff member of the seeded Customer Service group (customers/* and sales/*), of this test alone. */
async function agent(t: string) {
  const email = `assist-${t}@example.com`;
  const password = `Assist-${t}-pass-1`;
  const staff = await createStaff({
    email,
    password,
    firstName: "Sam",
    lastName: `Support ${t}`,
    group: "Customer Service",
  });
  return { ...staff, password };
}

async function customer(t: string, name: string, extra: Record<string, unknown> = {}) {
  const email = `${name}-${t}@example.com`;
  const password = `Shop-${t}-${name}-Pw1`;
  const user = await createCustomer({ email, password, lastName: `${name} ${t}` });
  if (Object.keys(extra).length) await db.customerUser.update({ where: { id: user.id }, data: extra });
  return { ...user, password };
}

/** Starts with a reason from the grid's "More options" menu, or from the view page's button; returns the storefront tab. */
async function startAssist(
  page: Page,
  customer: { id: string; email: string },
  reason = "Ticket 4711: help with an order",
  from: "grid" | "view" = "view",
) {
  if (from === "grid") {
    await page.goto(`/admin/customer-users?email=${encodeURIComponent(customer.email)}`);
    const row = page.getByTestId("customer-user-row");
    await row.getByLabel("More options").click();
    await menuItem(page, "Log in as a user");
  } else {
    await page.goto(`/admin/customer-users/${customer.id}`);
    await page.getByTestId("impersonate-link").click();
  }
  await formReady(page);
  await page.getByLabel("Reason").fill(reason);
  const [tab] = await Promise.all([
    page.waitForEvent("popup"),
    page.getByRole("button", { name: "Log in as a user" }).click(),
  ]);
  await tab.waitForLoadState();
  return tab;
}

const sessionOf = (staffUserId: string, customerUserId: string) =>
  db.impersonationSession.findFirstOrThrow({ where: { staffUserId, customerUserId }, orderBy: { createdAt: "desc" } });

test("log in as a customer with a reason, banner on every page, order on their behalf, restricted actions, log out", async ({
  page,
  browser,
  baseURL,
}) => {
  const t = tag();
  const staff = await agent(t);
  const buyer = await customer(t, "buyer");
  await db.customerAddress.create({
    data: {
      customerUserId: buyer.id,
      street: `Assist Road ${t}`,
      city: "Hamburg",
      postalCode: "20095",
      country: "DE",
      billing: true,
      shipping: true,
      defaultBilling: true,
      defaultShipping: true,
    },
  });
  const product = await db.product.create({ data: { sku: `IMP-${t}`, name: `Impersonated ${t}`, basePrice: 2500 } });

  // the customer's own session, in another browser: it must live on
  const own = await browser.newContext({ baseURL });
  const ownPage = await own.newPage();

  await signInOk(page, staff.email, staff.password);
  await page.goto(`/admin/customer-users/${buyer.id}/impersonate`);
  await formReady(page);
  await page.getByRole("button", { name: "Log in as a user" }).click();
  await expect(page.getByTestId("reason-error")).toHaveText(REASON_ERROR);
  expect(await db.impersonationSession.count({ where: { staffUserId: staff.id } })).toBe(0);

  const tab = await startAssist(page, buyer, undefined, "grid");
  const banner = tab.getByTestId("impersonation-banner");
  await expect(banner).toContainText(`Sam Support ${t}, you are signed in as Carla buyer ${t} (${buyer.email})`);
  await expect(tab.getByTestId("time-left")).toHaveText(/^(30:00|29:[0-5]\d)$/);
  expect(new URL(tab.url()).host).toBe(
    new URL((await db.website.findUniqueOrThrow({ where: { code: "wholesale" } })).baseUrl).host,
  );

  await tab.goto(`/products/${product.sku}`);
  await expect(banner).toBeVisible();
  await formReady(tab);
  await tab.getByTestId(`add-to-list-${product.sku}`).getByRole("button", { name: "Add to list" }).click();
  await expect(tab.getByTestId("add-to-list-status")).toContainText("Added to your current shopping list.");
  await tab.goto("/shopping-lists");
  await expect(banner).toBeVisible();
  await tab.getByRole("link", { name: "Shopping list", exact: true }).click();
  await tab.getByRole("link", { name: "Check out" }).click();
  await tab.locator("[data-testid=checkout-form][data-hydrated=true]").waitFor();
  await expect(banner).toBeVisible();
  await tab.getByRole("button", { name: "Place order" }).click();
  await expect(tab).toHaveURL(/\/orders\/SO-\d{6}\?notice=order-placed$/);
  await expect(tab.getByTestId("created-on-behalf")).toHaveText(
    "This order was created on your behalf by a member of our staff.",
  );

  const session = await sessionOf(staff.id, buyer.id);
  const order = await db.order.findFirstOrThrow({ where: { customerUserId: buyer.id } });
  expect(order).toMatchObject({ createdByStaffUserId: staff.id, impersonationSessionId: session.id });
  expect(session).toMatchObject({ reason: "Ticket 4711: help with an order", purpose: "ASSIST", endedAt: null });
  const audited = await db.auditLog.findMany({
    where: { impersonationSessionId: session.id },
    select: { action: true, actorStaffId: true },
  });
  expect(audited.map((a) => a.action)).toEqual(
    expect.arrayContaining(["storefront:addToList", "storefront:placeOrder"]),
  );
  expect(new Set(audited.map((a) => a.actorStaffId))).toEqual(new Set([staff.id]));

  // the order confirmation says so, and the customer was told that staff signed in
  const mail = async () => (await receivedMail(buyer.email)).map((m) => textOf(m.raw)).join("\n");
  await expect
    .poll(mail, { timeout: 20_000 })
    .toContain("This order was created on your behalf by a member of our staff.");
  await expect
    .poll(mail, { timeout: 20_000 })
    .toContain(`Sam Support ${t} from Concierge Wholesale signed in to your account`);

  await page.goto(`/admin/orders/${order.id}`);
  await expect(page.getByTestId("order-created-by")).toHaveText(`Sam Support ${t}`);

  // what only the customer may do
  await tab.goto("/account/password");
  await formReady(tab);
  await tab.getByLabel("Current password").fill(buyer.password);
  await tab.getByLabel("New password", { exact: true }).fill(`Changed-${t}-Pw9`);
  await tab.getByLabel("Repeat new password").fill(`Changed-${t}-Pw9`);
  await tab.getByRole("button", { name: "Change password" }).click();
  await expect(
    tab.getByText("Staff signed in as a customer cannot do this. The customer must do it themselves."),
  ).toBeVisible();
  await tab.goto("/account/email");
  await tab.locator("[data-testid=email-form][data-hydrated=true]").waitFor();
  await tab.getByLabel("New e-mail address").fill(`taken-over-${t}@example.com`);
  await tab.getByTestId("email-form").getByLabel("Current password").fill(buyer.password);
  await tab.getByRole("button", { name: "Change e-mail address" }).click();
  await expect(tab.getByTestId("email-form-error")).toHaveText(
    "Staff signed in as a customer cannot do this. The customer must do it themselves.",
  );
  expect((await db.customerUser.findUniqueOrThrow({ where: { id: buyer.id } })).email).toBe(buyer.email);
  await tab.goto("/account/consents");
  await tab.getByRole("button", { name: "Accept: Marketing e-mails" }).click();
  await expect(
    tab.getByText("Staff signed in as a customer cannot do this. The customer must do it themselves."),
  ).toBeVisible();
  expect(await db.consentAcceptance.count({ where: { customerUserId: buyer.id } })).toBe(0);
  expect((await db.customerUser.findUniqueOrThrow({ where: { id: buyer.id } })).passwordHash).toBe(buyer.passwordHash);
  // nor do they see or end the customer's own sessions
  await tab.goto("/account/security");
  await expect(tab.getByTestId("sessions-restricted")).toHaveText(
    "Only the customer can see and end the sessions of their account.",
  );
  await expect(tab.getByTestId("session-row")).toHaveCount(0);
  await expect(tab.getByRole("link", { name: "Security" })).toHaveCount(0);

  // the customer signs in on their own meanwhile; ending the assistance leaves that session alone
  await shopSignInOk(ownPage, buyer.email, buyer.password);
  await tab.getByTestId("end-assistance").click();
  await expect(tab).toHaveURL(/\/\?notice=assistance-ended$/);
  await expect(tab.getByTestId("impersonation-banner")).toHaveCount(0);
  await expect(tab.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(await sessionOf(staff.id, buyer.id)).toMatchObject({ endReason: "LOGGED_OUT" });
  await ownPage.goto("/account");
  await expect(ownPage.getByTestId("account-email")).toHaveText(buyer.email);
  // the customer sees it in their account activity
  await ownPage.goto("/account/activity");
  await expect(ownPage.getByTestId("activity-entry")).toHaveCount(1);
  await own.close();

  // the log: who, whom, why, how it ended; and its audit entries
  await page.goto(`/admin/impersonation?customer=${encodeURIComponent(buyer.email)}`);
  const logRow = page.getByTestId("log-row");
  await expect(logRow).toHaveCount(1);
  await expect(logRow.getByTestId("log-staff")).toHaveText(staff.email);
  await expect(logRow.getByTestId("log-reason")).toHaveText("Ticket 4711: help with an order");
  await expect(logRow.getByTestId("log-end-reason")).toHaveText("Logged out in the storefront");

  // the back office's mailbox has the confirmation with the note, too
  await page.context().clearCookies();
  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.goto(`/admin/mailbox?q=${encodeURIComponent(buyer.email)}`);
  await page.getByTestId("mail-row").filter({ hasText: "Your order" }).getByRole("link").first().click();
  await expect(page.getByTestId("mail-text")).toContainText(
    "This order was created on your behalf by a member of our staff.",
  );
});

test("A then B in a row: a live session blocks another start until it ends, and B's tab starts clean", async ({
  page,
}) => {
  const t = tag();
  const staff = await agent(t);
  const a = await customer(t, "anna");
  const b = await customer(t, "ben");
  const product = await db.product.create({ data: { sku: `AB-${t}`, name: `In a row ${t}`, basePrice: 900 } });
  await signInOk(page, staff.email, staff.password);

  const tabA = await startAssist(page, a);
  await tabA.goto(`/products/${product.sku}`);
  await formReady(tabA);
  await tabA.getByTestId(`add-to-list-${product.sku}`).getByRole("button", { name: "Add to list" }).click();
  await expect(tabA.getByTestId("add-to-list-status")).toContainText("Added to your current shopping list.");

  // no second session while the first is live: the start page says so and offers to end it
  await page.goto(`/admin/customer-users/${b.id}/impersonate`);
  await expect(page.getByTestId("impersonation-live")).toContainText(`You are still signed in as ${a.email}`);
  await expect(page.getByRole("button", { name: "Log in as a user" })).toBeDisabled();
  await page.getByTestId("end-session").click();
  await expect(page.getByTestId("impersonation-live")).toHaveCount(0);
  expect((await sessionOf(staff.id, a.id)).endReason).toBe("ENDED_BY_STAFF");
  await tabA.reload();
  await expect(tabA.getByTestId("impersonation-banner")).toHaveCount(0);

  const tabB = await startAssist(page, b, "Ticket 4712: second customer");
  await expect(tabB.getByTestId("impersonation-banner")).toContainText(`signed in as Carla ben ${t} (${b.email})`);
  await tabB.goto("/shopping-lists");
  await expect(tabB.getByTestId("shopping-list")).toHaveCount(0);
  await expect(tabB.getByTestId("impersonation-banner")).toBeVisible();
  expect(await db.shoppingList.count({ where: { customerUserId: a.id } })).toBe(1);
  await tabB.getByTestId("end-assistance").click();
  await expect(tabB.getByTestId("impersonation-banner")).toHaveCount(0);
});

test("a used start link is refused, and a session past its limit is signed out", async ({ page, browser }) => {
  const t = tag();
  const staff = await agent(t);
  const buyer = await customer(t, "late");
  await signInOk(page, staff.email, staff.password);
  const tab = await startAssist(page, buyer);
  await expect(tab.getByTestId("impersonation-banner")).toBeVisible();
  const link = await page.getByRole("link", { name: /Open it/ }).getAttribute("href");

  // the link worked once; opening it again, anywhere, is refused
  const elsewhere = await browser.newContext();
  const replay = await elsewhere.newPage();
  await replay.goto(link!);
  await expect(replay).toHaveURL(/\/login\?notice=impersonation-invalid$/);
  await expect(
    replay.getByText("This sign-in link has expired or was already used. Start again from the back office."),
  ).toBeVisible();
  await elsewhere.close();

  const session = await sessionOf(staff.id, buyer.id);
  await db.impersonationSession.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  await tab.goto("/account");
  await expect(tab).toHaveURL(/\/login\?next=%2Faccount$/);
  await expect(tab.getByTestId("impersonation-banner")).toHaveCount(0);
  await expect(tab.getByTestId("impersonation-ended")).toContainText(
    "The session as this customer has ended: time limit reached.",
  );
  expect((await sessionOf(staff.id, buyer.id)).endReason).toBe("EXPIRED");
});

test("refused with a clear message: disabled, locked, unconfirmed, feature off, website off, consent missing, capability missing", async ({
  page,
}) => {
  const t = tag();
  const staff = await agent(t);
  await signInOk(page, staff.email, staff.password);
  const refusal = async (customerUserId: string, message: string) => {
    await page.goto(`/admin/customer-users/${customerUserId}/impersonate`);
    await expect(page.getByTestId("impersonation-refusal")).toHaveText(message);
    await expect(page.getByRole("button", { name: "Log in as a user" })).toBeDisabled();
  };
  await refusal(
    (await customer(t, "locked", { locked: true })).id,
    "This customer user is locked: unlock the account first.",
  );
  await refusal(
    (await customer(t, "unconfirmed", { confirmed: false })).id,
    "This customer user has not confirmed their e-mail address yet.",
  );
  const disabled = await customer(t, "disabled", { enabled: false });
  await refusal(disabled.id, "This customer user is disabled: nobody can sign in as them.");
  await page.goto(`/admin/customer-users/${disabled.id}`);
  await expect(page.getByTestId("impersonate-link")).toHaveCount(0);

  const fine = await customer(t, "fine");
  const wholesale = await db.website.findUniqueOrThrow({ where: { code: "wholesale" } });
  try {
    await db.website.update({ where: { id: wholesale.id }, data: { impersonationEnabled: false } });
    await refusal(fine.id, "Signing in as customer users is switched off for this customer user's website.");
    await db.website.update({ where: { id: wholesale.id }, data: { impersonationEnabled: true } });
    await db.systemSetting.update({ where: { key: "impersonationEnabled" }, data: { value: false } });
    await refusal(fine.id, "Signing in as customer users is switched off in System > Settings.");
    await db.systemSetting.update({ where: { key: "impersonationEnabled" }, data: { value: true } });
    await db.systemSetting.create({ data: { key: "assistanceConsentMode", value: "opt-in" } });
    await refusal(
      fine.id,
      "This customer user has not allowed staff to sign in to their account yet. Ask them to allow it under Account > Consents.",
    );
  } finally {
    await db.website.update({ where: { id: wholesale.id }, data: { impersonationEnabled: true } });
    await db.systemSetting.upsert({
      where: { key: "impersonationEnabled" },
      create: { key: "impersonationEnabled", value: true },
      update: { value: true },
    });
    await db.systemSetting.deleteMany({ where: { key: "assistanceConsentMode" } });
  }
  expect(await db.impersonationSession.count({ where: { staffUserId: staff.id } })).toBe(0);

  // without the capability there is no button, and the page itself is refused
  await createGroup(`No assist ${t}`, [
    { area: "customers", resource: "*", action: "*", effect: "ALLOW" },
    { area: "customers", resource: "impersonation", action: "start", effect: "DENY" },
  ]);
  const plainPassword = `Plain-${t}-pass-1`;
  const plain = await createStaff({
    email: `plain-${t}@example.com`,
    password: plainPassword,
    group: `No assist ${t}`,
  });
  await page.context().clearCookies();
  await signInOk(page, plain.email, plainPassword);
  await page.goto(`/admin/customer-users/${fine.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("impersonate-link")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Log in as a user" })).toHaveCount(0);
  const response = await page.goto(`/admin/customer-users/${fine.id}/impersonate`);
  expect(response?.status()).toBe(403);
});

test("deactivating the staff user or switching the feature off ends their live session on the next request", async ({
  page,
}) => {
  const t = tag();
  const staff = await agent(t);
  const buyer = await customer(t, "ends");
  await signInOk(page, staff.email, staff.password);

  const first = await startAssist(page, buyer);
  await expect(first.getByTestId("impersonation-banner")).toBeVisible();
  try {
    await db.systemSetting.update({ where: { key: "impersonationEnabled" }, data: { value: false } });
    await first.reload();
    await expect(first.getByTestId("impersonation-banner")).toHaveCount(0);
    await expect(first.getByTestId("impersonation-ended")).toContainText(
      "The session as this customer has ended: signing in as customer users was switched off.",
    );
    expect((await sessionOf(staff.id, buyer.id)).endReason).toBe("FEATURE_OFF");
  } finally {
    await db.systemSetting.update({ where: { key: "impersonationEnabled" }, data: { value: true } });
  }

  const second = await startAssist(page, buyer);
  await expect(second.getByTestId("impersonation-banner")).toBeVisible();
  await db.staffUser.update({
    where: { id: staff.id },
    data: { status: "DEACTIVATED", sessionVersion: { increment: 1 } },
  });
  await second.reload();
  await expect(second.getByTestId("impersonation-banner")).toHaveCount(0);
  await expect(second.getByTestId("impersonation-ended")).toContainText(
    "The session as this customer has ended: your staff account was deactivated or no longer has the permission.",
  );
  expect((await sessionOf(staff.id, buyer.id)).endReason).toBe("STAFF_UNAVAILABLE");
  // closing the notice forgets the tab's token: the shop is a visitor's again, without a word
  await second.getByRole("button", { name: "Close" }).click();
  await expect(second.getByTestId("impersonation-ended")).toHaveCount(0);
});
