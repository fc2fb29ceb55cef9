import { expect, test } from "@playwright/test";

import { confirm, formReady, menuItem, signInOk } from "./fixtures/auth";
import { ADMIN, db, tag } from "./fixtures/db";
import { createCustomer, shopSignIn, shopSignInOk } from "./fixtures/shop";

const LIMIT_KEYS = ["customerLoginMaxFailures", "customerLoginFailureWindowMinutes", "customerLockoutMinutes"];

test.afterEach(async () => {
  // the limits are store-wide: put the defaults back for the other specs
  await db.systemSetting.deleteMany({ where: { key: { in: LIMIT_KEYS } } });
});

test("locked after the store's limit whatever the password, like an unknown address, shown in the back office, unlocked there, then signing in works", async ({
  page,
}) => {
  const t = tag();
  const email = `lock-${t}@example.com`;
  const password = `Lockout-${t}-1`;
  await createCustomer({ email, password, lastName: `Lock ${t}` });

  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/settings");
  await formReady(page);
  await page.getByLabel("Failed sign-ins before lockout").fill("0");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByTestId("customerLoginMaxFailures-error")).toHaveText("Enter a number from 1 to 1000.");
  await page.getByLabel("Failed sign-ins before lockout").fill("3");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByTestId("notice")).toHaveText("The settings were saved.");

  const LOCKED = "Your account is locked after too many failed sign-ins. Try again later or contact us.";
  for (let i = 0; i < 3; i++) {
    await shopSignIn(page, email, `wrong-${i}-password`);
    await expect(page.getByTestId("login-error")).toHaveText("Invalid e-mail or password.");
  }
  // locked: the right password and a wrong one get the same answer, so guessing on is pointless
  await shopSignIn(page, email, password);
  await expect(page.getByTestId("login-error")).toHaveText(LOCKED);
  await shopSignIn(page, email, "yet-another-wrong-1");
  await expect(page.getByTestId("login-error")).toHaveText(LOCKED);

  // an address without an account locks the same way: the answer does not tell who has an account
  const nobody = `nobody-${t}@example.com`;
  for (let i = 0; i < 3; i++) {
    await shopSignIn(page, nobody, `wrong-${i}-password`);
    await expect(page.getByTestId("login-error")).toHaveText("Invalid e-mail or password.");
  }
  await shopSignIn(page, nobody, "wrong-3-password");
  await expect(page.getByTestId("login-error")).toHaveText(LOCKED);

  await page.goto(`/admin/customer-users?email=${encodeURIComponent(email)}`);
  const row = page.getByTestId("customer-user-row");
  await expect(row.getByTestId("customer-user-locked")).toHaveText("Yes");

  await page.goto(`/admin/customer-login-attempts?email=${encodeURIComponent(email)}`);
  await expect(page.getByTestId("login-attempt-row")).toHaveCount(5);
  await expect(page.getByTestId("login-attempt-result")).toHaveText([
    "Failure",
    "Failure",
    "Failure",
    "Failure",
    "Failure",
  ]);

  await page.goto(`/admin/customer-users?email=${encodeURIComponent(email)}`);
  await row.getByLabel("More options").click();
  await menuItem(page, "Unlock");
  await confirm(page, "Unlock");
  await expect(row.getByTestId("customer-user-locked")).toHaveText("No");
  const audit = await db.auditLog.findFirstOrThrow({
    where: { entity: "customer-user", action: "unlock" },
    orderBy: { at: "desc" },
  });
  expect(audit.actorLabel).toBe(ADMIN.email);

  await shopSignInOk(page, email, password);
  await page.goto(`/admin/customer-login-attempts?email=${encodeURIComponent(email)}&result=success`);
  await expect(page.getByTestId("login-attempt-row")).toHaveCount(1);
});

test("a staff session and a customer session live side by side in one browser", async ({ page }) => {
  const t = tag();
  const email = `both-${t}@example.com`;
  const password = `Both-realms-${t}-1`;
  await createCustomer({ email, password });

  await signInOk(page, ADMIN.email, ADMIN.password);
  await shopSignInOk(page, email, password);
  const cookies = (await page.context().cookies()).map((c) => c.name);
  expect(cookies).toEqual(expect.arrayContaining(["concierge-staff.session-token", "concierge-shop.session-token"]));

  await page.goto("/admin");
  await expect(page.getByTestId("staff-email")).toContainText(ADMIN.email);
  await page.goto("/account");
  await expect(page.getByTestId("account-email")).toHaveText(email);

  // signing out of the shop leaves the back office signed in
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?next=%2Faccount$/);
  await page.goto("/admin");
  await expect(page.getByTestId("staff-email")).toContainText(ADMIN.email);
});
