import { expect, test } from "@playwright/test";

import { formReady, signInOk } from "./fixtures/auth";
import { ADMIN, createStaff, db, tag } from "./fixtures/db";

test.beforeEach(async ({ page }) => {
  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/users/new");
  await formReady(page);
});

test("a duplicate e-mail (any case) is refused at the field and nothing is written", async ({ page }) => {
  const t = tag();
  const email = `taken-${t}@example.com`;
  await createStaff({ email, password: `Taken-pass-${t}` });
  await page.getByLabel("E-mail").fill(`Taken-${t}@Example.com`);
  await page.getByLabel("Password", { exact: true }).fill(`Another-pass-${t}`);
  await page.getByLabel("Repeat password").fill(`Another-pass-${t}`);
  await page.getByLabel("First name").fill("Dup");
  await page.getByLabel("Last name").fill("Licate");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByTestId("email-error")).toHaveText("A user with this e-mail address already exists.");
  await expect(page).toHaveURL(/\/admin\/users\/new$/);
  expect(await db.staffUser.count({ where: { email } })).toBe(1);
});

test("a mismatched repeat password is refused at the field", async ({ page }) => {
  const t = tag();
  await page.getByLabel("E-mail").fill(`mismatch-${t}@example.com`);
  await page.getByLabel("Password", { exact: true }).fill(`Mismatch-pass-${t}`);
  await page.getByLabel("Repeat password").fill(`Mismatch-pass-${t}-typo`);
  await page.getByLabel("First name").fill("Mis");
  await page.getByLabel("Last name").fill("Match");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByTestId("repeatPassword-error")).toHaveText("The passwords do not match.");
  expect(await db.staffUser.count({ where: { email: `mismatch-${t}@example.com` } })).toBe(0);
});

test("the password policy is explained and enforced", async ({ page }) => {
  await expect(page.getByText("At least 12 characters, with letters and at least one digit or symbol")).toBeVisible();
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByTestId("password-error")).toHaveText("Use at least 12 characters.");
  await expect(page.getByTestId("email-error")).toHaveText("Enter an e-mail address.");
  await expect(page.getByTestId("firstName-error")).toHaveText("This field is required.");
});
