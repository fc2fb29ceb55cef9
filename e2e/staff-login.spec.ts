import { expect, test } from "@playwright/test";

import { signIn, signInOk } from "./fixtures/auth";
import { createStaff, tag, VIEWER } from "./fixtures/db";

test("a wrong password and an unknown e-mail get the same message", async ({ page }) => {
  await signIn(page, VIEWER.email, "not-the-password");
  await expect(page.getByTestId("login-error")).toHaveText("Invalid e-mail or password.");
  await signIn(page, `nobody-${tag()}@example.com`, "not-the-password");
  await expect(page.getByTestId("login-error")).toHaveText("Invalid e-mail or password.");
  await expect(page).toHaveURL(/\/admin\/login/);
});

test("an account is blocked after 9 failures, even for the right password", async ({ page }) => {
  const t = tag();
  const email = `throttle-${t}@example.com`;
  await createStaff({ email, password: `Throttle-pass-${t}`, group: "Read-only" });
  for (let i = 0; i < 9; i++) {
    await signIn(page, email, `wrong-${i}`);
    await expect(page.getByTestId("login-error")).toBeVisible();
  }
  await signIn(page, email, `Throttle-pass-${t}`);
  await expect(page.getByTestId("login-error")).toHaveText(
    "Too many failed sign-in attempts. Please wait a few minutes and try again.",
  );
});

test("a user without a permission does not see the page in the menu and gets 403 on its URL", async ({ page }) => {
  await signInOk(page, VIEWER.email, VIEWER.password);
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Add New User" })).toHaveCount(0);
  const res = await page.goto("/admin/users/new");
  expect(res?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Access denied" })).toBeVisible();
});
