import { expect, test } from "@playwright/test";

import { rulesOf } from "./fixtures/access";
import { formReady, signInOk } from "./fixtures/auth";
import { ADMIN, db, tag } from "./fixtures/db";

test("a deny rule hides and refuses creating users until an admin removes it, from the user's next request on", async ({
  browser,
}) => {
  const t = tag();
  const roleName = `Almost admin ${t}`;
  const groupName = `Almost admins ${t}`;
  const email = `acl-deny-${t}@example.com`;
  const password = `Acl-deny-pass-${t}`;
  const admin = await browser.newPage();
  await signInOk(admin, ADMIN.email, ADMIN.password);
  const menu = admin.getByRole("navigation", { name: "Main navigation" });

  // the role, through the rule editor: everything allowed, but creating users denied
  await menu.getByRole("link", { name: "User Roles", exact: true }).click();
  await admin.getByRole("link", { name: "Add New Role" }).click();
  await formReady(admin);
  await admin.getByLabel("Name", { exact: true }).fill(roleName);
  await admin.getByRole("button", { name: "Add rule" }).click();
  await admin.getByLabel("Area of rule 1").selectOption({ label: "* (all)" });
  await admin.getByLabel("Resource of rule 1").selectOption({ label: "* (all)" });
  await admin.getByLabel("Action of rule 1").selectOption({ label: "* (all)" });
  await admin.getByLabel("Effect of rule 1").selectOption({ label: "Allow" });
  await admin.getByRole("button", { name: "Add rule" }).click();
  await admin.getByLabel("Area of rule 2").selectOption({ label: "Users" });
  // the editor offers only the resources of the chosen area
  await expect(admin.getByLabel("Resource of rule 2").locator("option")).toHaveText([
    "* (all)",
    "User",
    "User group",
    "User role",
    "Audit log",
    "Customer assignment",
  ]);
  await admin.getByLabel("Resource of rule 2").selectOption({ label: "User" });
  await admin.getByLabel("Action of rule 2").selectOption({ label: "Create" });
  await admin.getByLabel("Effect of rule 2").selectOption({ label: "Deny" });
  await admin.getByRole("button", { name: "Create" }).click();
  await expect(admin.getByTestId("notice")).toHaveText("The role has been created.");
  expect(await rulesOf(roleName)).toEqual(["*/*/*:allow", "users/user/create:deny"]);

  // a group with that role
  await menu.getByRole("link", { name: "User Groups" }).click();
  await admin.getByRole("link", { name: "Add New Group" }).click();
  await formReady(admin);
  await admin.getByLabel("Name", { exact: true }).fill(groupName);
  await admin.getByLabel(roleName).check();
  await admin.getByRole("button", { name: "Create" }).click();
  await expect(admin.getByTestId("notice")).toHaveText("The group has been created.");
  await admin.getByLabel("Search by name").fill(t);
  await admin.getByRole("button", { name: "Search" }).click();
  await expect(admin.getByTestId("group-row").filter({ hasText: groupName }).getByTestId("group-roles")).toHaveText(
    roleName,
  );

  // a user in that group
  await menu.getByRole("link", { name: "Users", exact: true }).click();
  await admin.getByRole("link", { name: "Add New User" }).click();
  await formReady(admin);
  await admin.getByLabel("E-mail").fill(email);
  await admin.getByLabel("Password", { exact: true }).fill(password);
  await admin.getByLabel("Repeat password").fill(password);
  await admin.getByLabel("First name").fill("Dana");
  await admin.getByLabel("Last name").fill(`Deny ${t}`);
  await admin.getByLabel(groupName).check();
  await admin.getByRole("button", { name: "Create" }).click();
  await expect(admin.getByTestId("notice")).toHaveText("The user has been created.");

  // the user sees the users list, without the way to add one, and the form itself is refused
  const userContext = await browser.newContext();
  const user = await userContext.newPage();
  await signInOk(user, email, password);
  await user.goto("/admin/users");
  await expect(user.getByRole("heading", { name: "Users" })).toBeVisible();
  await expect(user.getByRole("link", { name: "Add New User" })).toHaveCount(0);
  const refused = await user.goto("/admin/users/new");
  expect(refused?.status()).toBe(403);
  await expect(user.getByRole("heading", { name: "Access denied" })).toBeVisible();
  // inside the back-office shell: the navigation the user may use and who is signed in
  await expect(user.getByTestId("staff-email")).toContainText(email);
  await expect(
    user.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Users", exact: true }),
  ).toBeVisible();

  // the admin removes the deny rule
  await admin.goto(`/admin/roles?q=${t}`);
  await admin.getByTestId("role-row").filter({ hasText: roleName }).getByRole("link", { name: "Edit" }).click();
  await formReady(admin);
  await expect(admin.getByTestId("rule-row")).toHaveCount(2);
  await admin.getByRole("button", { name: "Remove rule 2" }).click();
  await expect(admin.getByTestId("rule-row")).toHaveCount(1);
  await admin.getByRole("button", { name: "Update" }).click();
  await expect(admin.getByTestId("notice")).toHaveText("The role has been updated.");
  expect(await rulesOf(roleName)).toEqual(["*/*/*:allow"]);

  // without signing in again, the user's next request has the permission
  await user.goto("/admin/users");
  await user.getByRole("link", { name: "Add New User" }).click();
  await expect(user.getByRole("heading", { name: "Create new user" })).toBeVisible();
  expect(await db.staffUser.count({ where: { email } })).toBe(1);
  await userContext.close();
});
