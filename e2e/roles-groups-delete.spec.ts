import { expect, test } from "@playwright/test";

import { createGroup, createRole } from "./fixtures/access";
import { signInOk } from "./fixtures/auth";
import { ADMIN, createStaff, db, tag } from "./fixtures/db";

test.beforeEach(async ({ page }) => {
  await signInOk(page, ADMIN.email, ADMIN.password);
});

test("deleting a role in use warns how many groups use it, and confirming removes it from them", async ({ page }) => {
  const t = tag();
  const role = await createRole(`Editors ${t}`, [{ area: "content", resource: "*", action: "*", effect: "ALLOW" }]);
  const first = await createGroup(`Editors A ${t}`, [role.id]);
  const second = await createGroup(`Editors B ${t}`, [role.id]);

  await page.goto(`/admin/roles?q=${t}`);
  const row = page.getByTestId("role-row").filter({ hasText: role.name });
  await expect(row.getByTestId("role-groups")).toHaveText("2");
  await row.getByRole("link", { name: "Delete" }).click();
  await expect(page.getByRole("heading", { name: "Warning" })).toBeVisible();
  await expect(page.getByText(`Delete the role ${role.name}?`)).toBeVisible();
  await expect(page.getByTestId("usage")).toContainText("2 groups use this role.");
  await expect(page.getByTestId("usage-list").getByRole("listitem")).toHaveText([first.name, second.name]);
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByTestId("notice")).toHaveText("The role has been deleted.");

  expect(await db.staffRole.count({ where: { id: role.id } })).toBe(0);
  expect(await db.staffGroupRole.count({ where: { groupId: { in: [first.id, second.id] } } })).toBe(0);
  await page.goto(`/admin/groups?q=${t}`);
  await expect(page.getByTestId("group-row").getByTestId("group-roles")).toHaveText(["No roles", "No roles"]);
});

test("a role nobody uses is deleted after the plain warning", async ({ page }) => {
  const role = await createRole(`Unused ${tag()}`, []);
  await page.goto(`/admin/roles/${role.id}/delete`);
  await expect(page.getByTestId("usage")).toHaveText("No group uses this role.");
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByTestId("notice")).toHaveText("The role has been deleted.");
  expect(await db.staffRole.count({ where: { id: role.id } })).toBe(0);
});

test("deleting a group with users warns how many belong to it; they keep their accounts", async ({ page }) => {
  const t = tag();
  const group = await createGroup(`Leaving ${t}`);
  const member = await createStaff({
    email: `member-${t}@example.com`,
    password: `Member-pass-${t}`,
    lastName: `Member ${t}`,
    group: group.name,
  });

  // the edit page lists the group's users, linked to their own pages
  await page.goto(`/admin/groups?q=${t}`);
  const row = page.getByTestId("group-row").filter({ hasText: group.name });
  await expect(row.getByTestId("group-users")).toHaveText("1");
  await row.getByRole("link", { name: "Edit" }).click();
  await page.getByTestId("group-members").getByRole("link", { name: member.email }).click();
  await expect(page.getByRole("heading", { name: `Edit user: ${member.email}` })).toBeVisible();

  await page.goto(`/admin/groups/${group.id}/delete`);
  await expect(page.getByText(`Delete the group ${group.name}?`)).toBeVisible();
  await expect(page.getByTestId("usage")).toContainText("1 user belongs to this group.");
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByTestId("notice")).toHaveText("The group has been deleted.");
  expect(await db.staffGroup.count({ where: { id: group.id } })).toBe(0);
  expect(
    (await db.staffUser.findUniqueOrThrow({ where: { id: member.id }, include: { groups: true } })).groups,
  ).toEqual([]);
});

test("a user who joined after the warning was shown stops the deletion", async ({ page }) => {
  const t = tag();
  const group = await createGroup(`Growing ${t}`);
  await page.goto(`/admin/groups/${group.id}/delete`);
  await expect(page.getByTestId("usage")).toHaveText("No user belongs to this group.");
  await createStaff({ email: `late-${t}@example.com`, password: `Late-pass-${t}`, group: group.name });
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByTestId("delete-error")).toHaveText(
    "1 user belongs to this group now. Open the warning page again and confirm.",
  );
  expect(await db.staffUserGroup.count({ where: { groupId: group.id } })).toBe(1);
});
