import { expect, test } from "@playwright/test";

import { formReady, signInOk } from "./fixtures/auth";
import { createGroup, createStaff, db, tag } from "./fixtures/db";

type Rule = { area: string; resource: string; action: string; effect: "ALLOW" | "DENY" };
const allow = (area: string, resource: string, action: string): Rule => ({ area, resource, action, effect: "ALLOW" });

/** A staff member whose one group grants exactly these rules, signed in. */
async function signedInWith(page: Parameters<typeof signInOk>[0], rules: Rule[]) {
  const t = tag();
  const group = await createGroup(`Grants ${t}`, rules);
  const user = await createStaff({
    email: `grants-${t}@example.com`,
    password: `Grants-pass-${t}`,
    firstName: "Gina",
    lastName: `Grants ${t}`,
    group: group.name,
  });
  await signInOk(page, user.email, `Grants-pass-${t}`);
  return { t, group, user };
}

test("a user editor is offered only the groups they may grant, and cannot change their own", async ({ page }) => {
  // groups are listed by name, so only to someone who may view groups
  const me = await signedInWith(page, [
    allow("users", "user", "view"),
    allow("users", "user", "create"),
    allow("users", "user", "edit"),
    allow("users", "group", "view"),
  ]);

  // creating a user: the administrators' group is shown but not offered, with the reason
  await page.goto("/admin/users/new");
  await formReady(page);
  const administrators = page.getByRole("checkbox", { name: "Administrators", exact: true });
  await expect(administrators).toBeDisabled();
  await expect(administrators).toHaveAccessibleDescription("grants users/user/delete, which you do not hold");
  await expect(page.getByRole("checkbox", { name: me.group.name, exact: true })).toBeEnabled();

  // their own account: every group locked, the rest of the form theirs to edit
  await page.goto(`/admin/users/${me.user.id}/edit`);
  await formReady(page);
  await expect(page.getByTestId("groupIds-locked")).toHaveText(
    "Only another administrator can change your own groups.",
  );
  await expect(page.getByRole("checkbox", { name: me.group.name, exact: true })).toBeDisabled();
  await expect(page.getByRole("checkbox", { name: me.group.name, exact: true })).toBeChecked();
  await expect(administrators).toBeDisabled();
  await page.getByLabel("First name").fill("Regina");
  await page.getByRole("button", { name: "Update" }).click();
  await expect(page.getByTestId("notice")).toHaveText("The user has been updated.");
  const stored = await db.staffUser.findUniqueOrThrow({
    where: { id: me.user.id },
    select: { firstName: true, groups: { select: { groupId: true } } },
  });
  expect(stored).toEqual({ firstName: "Regina", groups: [{ groupId: me.group.id }] });
});

test("a group editor is offered only the roles they may grant", async ({ page }) => {
  const me = await signedInWith(page, [allow("users", "group", "*"), allow("users", "role", "view")]);
  await page.goto("/admin/groups/new");
  await formReady(page);
  const administrator = page.getByRole("checkbox", { name: "Administrator", exact: true });
  await expect(administrator).toBeDisabled();
  await expect(administrator).toHaveAccessibleDescription("grants users/user/view, which you do not hold");
  await expect(page.getByRole("checkbox", { name: `${me.group.name} role`, exact: true })).toBeEnabled();

  // a group with the role they hold is theirs to create
  await page.getByLabel("Name", { exact: true }).fill(`Group editors ${me.t}`);
  await page.getByRole("checkbox", { name: `${me.group.name} role`, exact: true }).check();
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByTestId("notice")).toHaveText("The group has been created.");
  const created = await db.staffGroup.findUniqueOrThrow({
    where: { name: `Group editors ${me.t}` },
    select: { roles: { select: { roleId: true } } },
  });
  expect(created.roles).toHaveLength(1);

  // the administrators' group grants more than they hold: not theirs to delete
  const administrators = await db.staffGroup.findUniqueOrThrow({
    where: { name: "Administrators" },
    select: { id: true },
  });
  await page.goto(`/admin/groups/${administrators.id}/delete`);
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(page.getByTestId("delete-error")).toHaveText(
    "This group grants more than you hold (users/user/view): only someone holding all of it may change it.",
  );
  expect(await db.staffGroup.count({ where: { id: administrators.id } })).toBe(1);
});
