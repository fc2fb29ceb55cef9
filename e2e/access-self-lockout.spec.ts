import { expect, test } from "@playwright/test";

import { createGroup, createRole, rulesOf } from "./fixtures/access";
import { formReady, signInOk } from "./fixtures/auth";
import { createStaff, db, tag } from "./fixtures/db";

/** An administrator of their own group and role, so the test can take things away without touching the demo data. */
async function ownAdmin() {
  const t = tag();
  const role = await createRole(`Own admin ${t}`, [{ area: "*", resource: "*", action: "*", effect: "ALLOW" }]);
  const group = await createGroup(`Own admins ${t}`, [role.id]);
  const user = await createStaff({ email: `own-${t}@example.com`, password: `Own-admin-pass-${t}`, group: group.name });
  return { t, role, group, user, password: `Own-admin-pass-${t}` };
}

test("an administrator cannot take their own group's roles away", async ({ page }) => {
  const me = await ownAdmin();
  await signInOk(page, me.user.email, me.password);
  await page.goto(`/admin/groups/${me.group.id}/edit`);
  await formReady(page);
  await page.getByLabel(me.role.name).uncheck();
  await page.getByRole("button", { name: "Update" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("You cannot remove your own permission to manage groups.");
  expect(await db.staffGroupRole.count({ where: { groupId: me.group.id, roleId: me.role.id } })).toBe(1);
});

test("an administrator cannot deny themselves the management of roles", async ({ page }) => {
  const me = await ownAdmin();
  await signInOk(page, me.user.email, me.password);
  await page.goto(`/admin/roles/${me.role.id}/edit`);
  await formReady(page);
  await page.getByRole("button", { name: "Add rule" }).click();
  await page.getByLabel("Area of rule 2").selectOption({ label: "Users" });
  await page.getByLabel("Resource of rule 2").selectOption({ label: "User role" });
  await page.getByLabel("Action of rule 2").selectOption({ label: "Edit" });
  await page.getByLabel("Effect of rule 2").selectOption({ label: "Deny" });
  await page.getByRole("button", { name: "Update" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("You cannot remove your own permission to manage roles.");
  expect(await rulesOf(me.role.name)).toEqual(["*/*/*:allow"]);
});

test("a duplicate rule or role name is shown at its field before anything is sent", async ({ page }) => {
  const me = await ownAdmin();
  await signInOk(page, me.user.email, me.password);
  await page.goto("/admin/roles/new");
  await formReady(page);
  await page.getByLabel("Name", { exact: true }).fill(me.role.name.toUpperCase());
  for (const n of [1, 2]) {
    await page.getByRole("button", { name: "Add rule" }).click();
    await page.getByLabel(`Area of rule ${n}`).selectOption({ label: "Sales" });
  }
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByTestId("rule-2-error")).toHaveText(
    "There is already a rule for this area, resource and action.",
  );
  await page.getByRole("button", { name: "Remove rule 2" }).click();
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByTestId("name-error")).toHaveText("A role with this name already exists.");
  expect(await db.staffRole.count({ where: { name: { equals: me.role.name, mode: "insensitive" } } })).toBe(1);
});
