import { expect, test } from "@playwright/test";

import { signInOk } from "./fixtures/auth";
import { createStaff, db, tag } from "./fixtures/db";

test("a user who deactivates their own account is signed out with a message", async ({ page }) => {
  const t = tag();
  const email = `self-${t}@example.com`;
  await createStaff({ email, password: `Self-pass-${t}`, lastName: `Self ${t}`, group: "Administrators" });
  await signInOk(page, email, `Self-pass-${t}`);
  await page.goto(`/admin/users?q=${t}`);
  await page.getByTestId("user-row").filter({ hasText: email }).getByRole("button", { name: "Deactivate" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Deactivate", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/login\?notice=self-deactivated/);
  await expect(page.getByTestId("notice")).toHaveText(
    "Your account has been deactivated and you have been signed out.",
  );
  expect((await db.staffUser.findUniqueOrThrow({ where: { email } })).status).toBe("DEACTIVATED");
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/admin\/login/);
});

test("a user who deletes their own account is signed out with a message", async ({ page }) => {
  const t = tag();
  const email = `self-del-${t}@example.com`;
  const user = await createStaff({ email, password: `Self-pass-${t}`, group: "Administrators" });
  await signInOk(page, email, `Self-pass-${t}`);
  await page.goto(`/admin/users/${user.id}/delete`);
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByTestId("notice")).toHaveText("Your account has been deleted and you have been signed out.");
  expect((await db.staffUser.findUniqueOrThrow({ where: { email } })).status).toBe("DELETED");
});

test("signing out ends the session", async ({ page }) => {
  const t = tag();
  const email = `signout-${t}@example.com`;
  await createStaff({ email, password: `Signout-pass-${t}`, group: "Read-only" });
  await signInOk(page, email, `Signout-pass-${t}`);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByTestId("notice")).toHaveText("You have been signed out.");
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/admin\/login/);
});
