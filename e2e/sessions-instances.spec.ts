import { expect, test, type Browser } from "@playwright/test";

import { confirm, formReady, signInOk } from "./fixtures/auth";
import { ADMIN, createStaff, db, tag } from "./fixtures/db";
import { createCustomer, shopSignIn, shopSignInOk } from "./fixtures/shop";

// The second `next start` of playwright.config.ts: same build, database and AUTH_SECRET, another port.
// Cookies belong to the host, not the port, so a browser signed in on one instance is on the other too.
const SECOND = process.env.E2E_SECOND_URL!;
const LIMIT_KEYS = ["customerLoginMaxFailures"];

test.afterEach(async () => {
  // the limit is store-wide: put the default back for the other specs
  await db.systemSetting.deleteMany({ where: { key: { in: LIMIT_KEYS } } });
});

const onSecond = async (browser: Browser) => (await browser.newContext({ baseURL: SECOND })).newPage();

async function staffUser() {
  const t = tag();
  const user = { email: `instances-${t}@example.com`, password: `Instances-${t}-pass` };
  return { ...user, ...(await createStaff({ ...user, lastName: `Instances ${t}`, group: "Read-only" })) };
}

test("a sign-out on one instance ends the session on the other at its next request", async ({ page, browser }) => {
  const staff = await staffUser();
  await signInOk(page, staff.email, staff.password);
  // the same cookie, in another browser that talks to the second instance only
  const second = await (
    await browser.newContext({ baseURL: SECOND, storageState: await page.context().storageState() })
  ).newPage();
  await second.goto("/admin/account");
  await expect(second.getByTestId("staff-email")).toContainText(staff.email);
  await expect(second.getByTestId("session-row")).toHaveCount(1);

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/login\?notice=signed-out$/);
  await second.goto("/admin/account");
  await expect(second).toHaveURL(/\/admin\/login$/);
});

test("a deactivation on one instance ends the user's session on the other", async ({ page, browser }) => {
  const staff = await staffUser();
  const theirs = await onSecond(browser);
  await signInOk(theirs, staff.email, staff.password);

  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.goto(`/admin/users?q=${encodeURIComponent(staff.email)}`);
  const row = page.getByTestId("user-row").filter({ hasText: staff.email });
  await row.getByRole("button", { name: "Deactivate" }).click();
  await confirm(page, "Deactivate");
  await expect(row.getByTestId("user-status")).toHaveText("Deactivated");

  await theirs.goto("/admin/account");
  await expect(theirs).toHaveURL(/\/admin\/login$/);
  expect(await db.authSession.findFirstOrThrow({ where: { staffUserId: staff.id } })).toMatchObject({
    revokeReason: "DEACTIVATED",
  });
});

test("a storefront lockout on one instance ends the customer's session on the other", async ({ page, browser }) => {
  const t = tag();
  const customer = { email: `instances-shop-${t}@example.com`, password: `Instances-shop-${t}-1` };
  const created = await createCustomer({ ...customer, lastName: `Instances ${t}` });
  await db.systemSetting.upsert({
    where: { key: "customerLoginMaxFailures" },
    update: { value: 3 },
    create: { key: "customerLoginMaxFailures", value: 3 },
  });
  const theirs = await onSecond(browser);
  await shopSignInOk(theirs, customer.email, customer.password);

  for (let i = 0; i < 3; i++) {
    await shopSignIn(page, customer.email, `wrong-${i}-password`);
    await formReady(page);
    await expect(page.getByTestId("login-error")).toBeVisible();
  }
  expect(await db.authSession.findFirstOrThrow({ where: { customerUserId: created.id } })).toMatchObject({
    revokeReason: "LOCKED",
  });
  await theirs.goto("/account");
  await expect(theirs).toHaveURL(/\/login\?next=%2Faccount$/);
});
