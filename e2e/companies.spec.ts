import { expect, test, type Page } from "@playwright/test";

import { formReady, signInOk } from "./fixtures/auth";
import { ADMIN, db, tag } from "./fixtures/db";

test.beforeEach(async ({ page }) => {
  await signInOk(page, ADMIN.email, ADMIN.password);
});

async function chooseParent(page: Page, typed: string, option: string) {
  const field = page.getByRole("combobox", { name: "Parent company" });
  await field.fill(typed);
  await page.getByRole("option", { name: option, exact: true }).click();
  await expect(field).toHaveValue(option);
}

test("a subsidiary is placed through the parent search, the list shows the tree, and a cycle is refused at the field", async ({
  page,
}) => {
  const t = tag();
  const parent = `Parent ${t}`;
  const child = `Child ${t}`;

  await page.goto("/admin/companies");
  await page.getByRole("link", { name: "Add New Company" }).click();
  await formReady(page);
  await page.getByLabel("Name", { exact: true }).fill(parent);
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByTestId("notice")).toHaveText("The company has been created.");

  await page.goto("/admin/companies/new");
  await formReady(page);
  await page.getByLabel("Name", { exact: true }).fill(child);
  await chooseParent(page, `parent ${t}`, parent);
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByTestId("notice")).toHaveText("The company has been created.");

  await page.goto(`/admin/companies?q=${t}`);
  // sorted by name: the child ("Child …") comes first, shown below its parent
  await expect(page.getByTestId("company-path")).toHaveText([`${parent} › ${child}`, parent]);
  const parentRow = page
    .getByTestId("company-row")
    .filter({ has: page.getByTestId("company-path").getByRole("link", { name: parent, exact: true }) });
  await parentRow.getByRole("link", { name: "1 subsidiary" }).click();
  await expect(page.getByTestId("parent-filter")).toContainText(`Subsidiaries of ${parent}.`);
  await expect(page.getByTestId("company-path")).toHaveText([`${parent} › ${child}`]);

  await page.goto(`/admin/companies?q=${t}`);
  await parentRow.getByRole("link", { name: "Edit" }).click();
  await formReady(page);
  await chooseParent(page, child, `${parent} › ${child}`);
  await page.getByRole("button", { name: "Update" }).click();
  await expect(page.getByTestId("parentId-error")).toHaveText(
    "A company cannot be placed below itself or one of its subsidiaries.",
  );
  const stored = await db.company.findFirstOrThrow({ where: { name: parent } });
  expect(stored.parentId).toBeNull();
});

test("a company with a subsidiary is not deleted, and says why; once alone it is", async ({ page }) => {
  const t = tag();
  const website = await db.website.findFirstOrThrow({ where: { code: "shop" } });
  const parent = await db.company.create({ data: { name: `Holding ${t}`, websiteId: website.id } });
  const child = await db.company.create({ data: { name: `Branch ${t}`, websiteId: website.id, parentId: parent.id } });

  await page.goto(`/admin/companies/${parent.id}`);
  await expect(page.getByTestId("subsidiaries").getByRole("link")).toHaveText([child.name]);
  await page.goto(`/admin/companies/${parent.id}/delete`);
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByTestId("delete-error")).toHaveText(
    "This company has 1 subsidiary. Move or delete them first.",
  );
  expect(await db.company.count({ where: { id: parent.id } })).toBe(1);

  await db.company.delete({ where: { id: child.id } });
  await page.goto(`/admin/companies/${parent.id}/delete`);
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByTestId("notice")).toHaveText("The company has been deleted.");
  expect(await db.company.count({ where: { id: parent.id } })).toBe(0);
});
