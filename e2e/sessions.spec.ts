import { expect, test, type Browser, type Page } from "@playwright/test";

import { signInOk } from "./fixtures/auth";
import { createStaff, db, tag } from "./fixtures/db";
import { createCustomer, shopSignInOk } from "./fixtures/shop";

/** Another browser holding exactly the cookies this one has now, as someone who copied them would. */
async function copyOf(browser: Browser, page: Page) {
  return (await browser.newContext({ storageState: await page.context().storageState() })).newPage();
}

async function staffUser() {
  const t = tag();
  const user = { email: `sessions-${t}@example.com`, password: `Sessions-${t}-pass` };
  return { ...user, ...(await createStaff({ ...user, lastName: `Sessions ${t}`, group: "Read-only" })) };
}

async function customerUser() {
  const t = tag();
  const user = { email: `shop-sessions-${t}@example.com`, password: `Shop-sessions-${t}-1` };
  return { ...user, ...(await createCustomer({ ...user, lastName: `Sessions ${t}` })) };
}

test("back office: signing out also signs out a copy of the cookie taken before", async ({ page, browser }) => {
  const staff = await staffUser();
  await signInOk(page, staff.email, staff.password);
  const copied = await copyOf(browser, page);
  await copied.goto("/admin");
  await expect(copied.getByTestId("staff-email")).toContainText(staff.email);

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/login\?notice=signed-out$/);
  await copied.goto("/admin/account");
  await expect(copied).toHaveURL(/\/admin\/login$/);
  expect(await db.authSession.findFirstOrThrow({ where: { staffUserId: staff.id } })).toMatchObject({
    revokeReason: "SIGNED_OUT",
  });
});

test("back office: My account lists the sessions, and ending one signs that browser out on its next request", async ({
  page,
  browser,
}) => {
  const staff = await staffUser();
  const other = await (await browser.newContext()).newPage();
  const third = await (await browser.newContext()).newPage();
  for (const p of [page, other, third]) await signInOk(p, staff.email, staff.password);

  await page.goto("/admin/account");
  const rows = page.getByTestId("session-row");
  await expect(rows).toHaveCount(3);
  await expect(page.locator("[data-testid=session-row][data-current=true]")).toContainText("This device");
  await expect(rows.first().getByTestId("end-session")).toHaveCount(0);
  await expect(rows.nth(1)).toContainText("Chrome on Linux");
  await expect(rows.nth(1).getByTestId("session-ip")).toHaveText("127.0.0.1");
  await rows.nth(1).getByTestId("end-session").click();
  await expect(rows).toHaveCount(2);

  // exactly one of the other two browsers was signed out: the one whose row went
  const signedOut = async (p: Page) => {
    await p.goto("/admin/account");
    return /\/admin\/login$/.test(p.url());
  };
  expect([await signedOut(other), await signedOut(third)].filter(Boolean)).toHaveLength(1);

  await page.getByRole("button", { name: "Sign out all other sessions" }).click();
  await expect(page.getByTestId("sessions-only-this")).toHaveText("No other browser is signed in to your account.");
  await expect(rows).toHaveCount(1);
  expect([await signedOut(other), await signedOut(third)]).toEqual([true, true]);
  await page.goto("/admin/account");
  await expect(page.getByTestId("staff-email")).toContainText(staff.email);
  const audited = await db.auditLog.findMany({
    where: { entity: "staff-user", entityId: staff.id },
    orderBy: { at: "asc" },
    select: { action: true },
  });
  expect(audited.map((a) => a.action)).toEqual(["end-session", "end-other-sessions"]);
});

test("storefront: signing out also signs out a copy of the cookie taken before", async ({ page, browser }) => {
  const customer = await customerUser();
  await shopSignInOk(page, customer.email, customer.password);
  const copied = await copyOf(browser, page);
  await copied.goto("/account");
  await expect(copied.getByTestId("account-email")).toHaveText(customer.email);

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/\?notice=signed-out$/);
  await copied.goto("/account");
  await expect(copied).toHaveURL(/\/login\?next=%2Faccount$/);
  await expect(copied.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(await db.authSession.findFirstOrThrow({ where: { customerUserId: customer.id } })).toMatchObject({
    revokeReason: "SIGNED_OUT",
  });
});

test("storefront: the account's security page lists the sessions, and ending one signs that browser out", async ({
  page,
  browser,
}) => {
  const customer = await customerUser();
  const other = await (await browser.newContext()).newPage();
  await shopSignInOk(page, customer.email, customer.password);
  await shopSignInOk(other, customer.email, customer.password);

  await page.goto("/account");
  await page.getByRole("link", { name: "Security" }).click();
  await expect(page.getByRole("heading", { name: "Security" })).toBeVisible();
  const rows = page.getByTestId("session-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText("This device");
  await rows.nth(1).getByTestId("end-session").click();
  await expect(page.getByTestId("sessions-only-this")).toBeVisible();

  await other.goto("/account");
  await expect(other).toHaveURL(/\/login\?next=%2Faccount$/);
  await page.goto("/account/security");
  await expect(page.getByTestId("session-row")).toHaveCount(1);
  expect(
    await db.auditLog.findFirstOrThrow({ where: { entity: "customer-user", entityId: customer.id } }),
  ).toMatchObject({ action: "end-session", actorLabel: `storefront: ${customer.email}` });
});
