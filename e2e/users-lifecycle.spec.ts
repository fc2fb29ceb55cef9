import { expect, test } from "@playwright/test";

import { confirm, formReady, signIn, signInOk } from "./fixtures/auth";
import { ADMIN, db, tag } from "./fixtures/db";

test("an admin creates a user who signs in, is edited, deactivated mid-session, deleted and reactivated", async ({
  browser,
}) => {
  const t = tag();
  const email = `lifecycle-${t}@example.com`;
  const password = `Lifecycle-pass-${t}`;
  const admin = await browser.newPage();
  await signInOk(admin, ADMIN.email, ADMIN.password);

  // create
  await admin.goto("/admin/users");
  await admin.getByRole("link", { name: "Add New User" }).click();
  await formReady(admin);
  await admin.getByLabel("E-mail").fill(email.toUpperCase());
  await admin.getByLabel("Password", { exact: true }).fill(password);
  await admin.getByLabel("Repeat password").fill(password);
  await admin.getByLabel("First name").fill("Lena");
  await admin.getByLabel("Last name").fill(`Lifecycle ${t}`);
  await admin.getByLabel("Read-only").check();
  await admin.getByLabel("This user is an agent").check();
  await admin.getByRole("button", { name: "Create" }).click();
  await expect(admin.getByTestId("notice")).toHaveText("The user has been created.");
  const row = () => admin.getByTestId("user-row").filter({ hasText: email });
  await admin.getByLabel("Search by name or e-mail").fill(t);
  await admin.getByRole("button", { name: "Search" }).click();
  await expect(row()).toContainText("Lena");
  await expect(row().getByTestId("user-status")).toHaveText("Active");
  const stored = await db.staffUser.findUniqueOrThrow({
    where: { email },
    select: { passwordHash: true, isAgent: true },
  });
  expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
  expect(stored.isAgent).toBe(true);

  // the new user signs in (e-mail is case-insensitive) and keeps the session open
  const userContext = await browser.newContext();
  const user = await userContext.newPage();
  await signInOk(user, email.toUpperCase(), password);
  await user.goto("/admin/users");
  await expect(user.getByRole("heading", { name: "Users" })).toBeVisible();
  // read-only: no create button
  await expect(user.getByRole("link", { name: "Add New User" })).toHaveCount(0);

  // edit
  await row().getByRole("link", { name: "Edit" }).click();
  await formReady(admin);
  await expect(admin.getByRole("link", { name: "Add User" })).toBeVisible();
  await admin.getByLabel("First name").fill("Helena");
  await admin.getByRole("button", { name: "Update" }).click();
  await expect(admin.getByTestId("notice")).toHaveText("The user has been updated.");
  await admin.getByLabel("Search by name or e-mail").fill(t);
  await admin.getByRole("button", { name: "Search" }).click();
  await expect(row()).toContainText("Helena");
  await expect(row().locator("td").nth(3)).not.toHaveText("—"); // last login recorded

  // deactivate while the user's session is open: their next click lands on the sign-in page
  await row().getByRole("button", { name: "Deactivate" }).click();
  await confirm(admin, "Deactivate");
  await expect(row().getByTestId("user-status")).toHaveText("Deactivated");
  await user.getByRole("link", { name: "Users", exact: true }).click();
  await expect(user).toHaveURL(/\/admin\/login/);
  await signIn(user, email, password);
  await expect(user.getByTestId("login-error")).toHaveText("Invalid e-mail or password.");

  // delete through the warning page: the row stays, with status Deleted
  await row().getByRole("button", { name: "Activate" }).click();
  await confirm(admin, "Activate");
  await expect(row().getByTestId("user-status")).toHaveText("Active");
  await row().getByRole("link", { name: "Delete" }).click();
  await expect(admin.getByRole("heading", { name: "Warning" })).toBeVisible();
  await expect(admin.getByText(`Delete the user Helena Lifecycle ${t} (${email})?`)).toBeVisible();
  await admin.getByRole("button", { name: "Delete" }).click();
  await expect(admin.getByTestId("notice")).toHaveText("The user has been deleted.");
  await admin.getByLabel("Search by name or e-mail").fill(t);
  await admin.getByRole("button", { name: "Search" }).click();
  await expect(row().getByTestId("user-status")).toHaveText("Deleted");
  await signIn(user, email, password);
  await expect(user.getByTestId("login-error")).toHaveText("Invalid e-mail or password.");

  // reactivate: signing in works again
  await row().getByRole("button", { name: "Activate" }).click();
  await confirm(admin, "Activate");
  await expect(row().getByTestId("user-status")).toHaveText("Active");
  await signInOk(user, email, password);
  await userContext.close();
});
