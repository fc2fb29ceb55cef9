import { expect, test, type Page } from "@playwright/test";

import { confirm, formReady, signInOk } from "./fixtures/auth";
import { ADMIN, createGroup, createStaff, db, tag, VIEWER } from "./fixtures/db";

const menu = (page: Page) => page.getByRole("navigation", { name: "Main navigation" });

test("an admin's edit and deactivation of a user show in the audit log, filtered by entity and action", async ({
  page,
}) => {
  const t = tag();
  const user = await createStaff({
    email: `audited-${t}@example.com`,
    password: `Audited-pass-${t}`,
    firstName: "Old",
    lastName: `Audited ${t}`,
    group: "Read-only",
  });
  await signInOk(page, ADMIN.email, ADMIN.password);

  // edit the first name, then deactivate, as on the users list
  await menu(page).getByRole("link", { name: "Users", exact: true }).click();
  await page.getByLabel("Search by name or e-mail").fill(t);
  await page.getByRole("button", { name: "Search" }).click();
  const userRow = page.getByTestId("user-row").filter({ hasText: user.email });
  await userRow.getByRole("link", { name: "Edit" }).click();
  await formReady(page);
  await page.getByLabel("First name").fill("New");
  await page.getByRole("button", { name: "Update" }).click();
  await expect(page.getByTestId("notice")).toHaveText("The user has been updated.");
  await page.getByLabel("Search by name or e-mail").fill(t);
  await page.getByRole("button", { name: "Search" }).click();
  await userRow.getByRole("button", { name: "Deactivate" }).click();
  await confirm(page, "Deactivate");
  await expect(userRow.getByTestId("user-status")).toHaveText("Deactivated");

  // Users > Audit log, narrowed to updates of staff users
  await menu(page).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await page.getByLabel("Entity").selectOption({ label: "Staff user" });
  await page.getByLabel("Action").selectOption({ label: "Updated" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/entity=staff-user/);
  await expect(page).toHaveURL(/action=update/);
  // the record is named and linked while it exists
  const entry = page.getByTestId("audit-row").filter({ hasText: user.email });
  await expect(entry).toHaveCount(1);
  await expect(entry.getByTestId("audit-actor")).toHaveText(ADMIN.email);
  await expect(entry.getByTestId("audit-action")).toHaveText("Updated");
  await expect(entry.getByTestId("audit-change")).toHaveText(["First name: Old → New"]);
  await expect(entry).toContainText("127.0.0.1");
  await expect(entry.getByTestId("audit-entity-link")).toHaveText(`New ${user.lastName} (${user.email})`);
  await expect(entry.getByTestId("audit-entity-link")).toHaveAttribute("href", `/admin/users/${user.id}/edit`);
  await expect(page.getByTestId("audit-action").filter({ hasNotText: "Updated" })).toHaveCount(0);

  // the deactivation, under its own action
  await page.getByLabel("Action").selectOption({ label: "Deactivated" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=deactivate/);
  const deactivation = page.getByTestId("audit-row").filter({ hasText: user.email });
  await expect(deactivation.getByTestId("audit-actor")).toHaveText(ADMIN.email);
  await expect(deactivation.getByTestId("audit-change")).toHaveText(["Status: Active → Deactivated"]);

  // an actor who never acted: the empty state, with the other filters kept
  await page.getByLabel("Actor (e-mail)").fill(`nobody-${t}@`);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("No entries match these filters.")).toBeVisible();
  await expect(page.getByLabel("Action")).toHaveValue("deactivate");
  await expect(page.getByTestId("grid-range")).toHaveText("0–0 of 0");
});

test("the read-only login may view the audit log but gets no edit links", async ({ page }) => {
  const t = tag();
  const user = await createStaff({ email: `viewed-${t}@example.com`, password: `Viewed-pass-${t}` });
  await db.auditLog.create({
    data: {
      actorLabel: `actor-${t}@example.com`,
      entity: "staff-user",
      entityId: user.id,
      action: "update",
      changes: { passwordHash: { before: "[redacted]", after: "[redacted]" } },
    },
  });
  await signInOk(page, VIEWER.email, VIEWER.password);
  await menu(page).getByRole("link", { name: "Audit log" }).click();
  await page.getByLabel("Actor (e-mail)").fill(`actor-${t}`);
  await page.getByRole("button", { name: "Filter" }).click();
  const entry = page.getByTestId("audit-row");
  await expect(entry).toHaveCount(1);
  await expect(entry.getByTestId("audit-change")).toHaveText(["Password: changed"]);
  await expect(entry).toContainText(user.email);
  await expect(entry.getByTestId("audit-entity-link")).toHaveCount(0);
});

test("times follow the interface language", async ({ page }) => {
  const t = tag();
  const email = `german-${t}@example.com`;
  const german = await createStaff({ email, password: `German-pass-${t}`, group: "Read-only" });
  await db.staffUser.update({ where: { id: german.id }, data: { locale: "de" } });
  await db.auditLog.create({
    data: {
      at: new Date("2030-03-05T14:07:09Z"),
      actorLabel: `zeit-${t}@example.com`,
      entity: "staff-role",
      entityId: `role-${t}`,
      action: "delete",
    },
  });
  await signInOk(page, email, `German-pass-${t}`);
  await page
    .getByRole("navigation", { name: "Hauptnavigation" })
    .getByRole("link", { name: "Audit-Protokoll" })
    .click();
  await page.getByLabel("Akteur (E-Mail)").fill(`zeit-${t}`);
  await page.getByRole("button", { name: "Filtern" }).click();
  const entry = page.getByTestId("audit-row");
  await expect(entry).toContainText("05.03.2030, 14:07 UTC");
  await expect(entry.getByTestId("audit-action")).toHaveText("Gelöscht");
});

test("a user without the audit permission does not see it in the menu and gets 403 on its URL", async ({ page }) => {
  const t = tag();
  await createGroup(`user-viewers-${t}`, [{ area: "users", resource: "user", action: "view", effect: "ALLOW" }]);
  const email = `no-audit-${t}@example.com`;
  await createStaff({ email, password: `No-audit-pass-${t}`, group: `user-viewers-${t}` });
  await signInOk(page, email, `No-audit-pass-${t}`);
  await expect(menu(page).getByRole("link", { name: "Users", exact: true })).toBeVisible();
  await expect(menu(page).getByRole("link", { name: "Audit log" })).toHaveCount(0);
  const res = await page.goto("/admin/audit-log");
  expect(res?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Access denied" })).toBeVisible();
});
