import { expect, test, type Page } from "@playwright/test";

import { formReady, signInOk } from "./fixtures/auth";
import { ADMIN, db, tag, VIEWER } from "./fixtures/db";

test.beforeEach(async ({ page }, info) => {
  if (!info.title.startsWith("read-only:")) await signInOk(page, ADMIN.email, ADMIN.password);
});

async function shopCompany(name: string) {
  const website = await db.website.findFirstOrThrow({ where: { code: "shop" } });
  return db.company.create({ data: { name, websiteId: website.id } });
}

async function ownedBy(page: Page, company: string) {
  await page.getByLabel("One company").check();
  const field = page.getByRole("combobox", { name: "Company" });
  await field.fill(company);
  await page.getByRole("option", { name: company, exact: true }).click();
  await expect(field).toHaveValue(company);
}

const grantsOf = async (name: string) => {
  const role = await db.customerRole.findFirstOrThrow({ where: { name }, include: { permissions: true } });
  return {
    companyId: role.companyId,
    capabilities: role.capabilities,
    permissions: role.permissions.map((p) => `${p.entity}:${p.action}=${p.level}`).sort(),
  };
};

test("a company-owned role is created with a level and a capability, listed, edited, and a second one of the same name is refused at the field", async ({
  page,
}) => {
  const t = tag();
  const company = await shopCompany(`Rolesco ${t}`);

  await page.goto("/admin/companies");
  await page.getByRole("link", { name: "Customer User Roles", exact: true }).click();
  await page.getByRole("link", { name: "Add New Customer User Role" }).click();
  await formReady(page);
  await page.getByLabel("Name", { exact: true }).fill(`Approver ${t}`);
  await ownedBy(page, company.name);
  await page.getByLabel("View – Orders").selectOption({ label: "Company" });
  await page.getByLabel("Approve orders").check();
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByTestId("notice")).toHaveText("The customer user role has been created.");
  expect(await grantsOf(`Approver ${t}`)).toEqual({
    companyId: company.id,
    capabilities: ["approve-orders"],
    permissions: ["order:VIEW=COMPANY"],
  });

  await page.getByLabel("Type").selectOption({ label: "Company-owned" });
  await page.getByLabel("Company name contains").fill(company.name);
  await page.getByRole("button", { name: "Search" }).click();
  const row = page.getByTestId("customer-role-row");
  await expect(row.getByTestId("customer-role-name")).toHaveText([`Approver ${t}`]);
  await expect(row.getByTestId("customer-role-type")).toHaveText(["Company-owned"]);
  await expect(row.getByTestId("customer-role-company")).toHaveText([company.name]);
  await expect(row.getByTestId("customer-role-users")).toHaveText(["0"]);

  await row.getByRole("link", { name: "Edit", exact: true }).click();
  await formReady(page);
  await expect(page.getByLabel("View – Orders")).toHaveValue("COMPANY");
  await expect(page.getByRole("combobox", { name: "Company" })).toHaveValue(company.name);
  await page.getByLabel("Name", { exact: true }).fill(`Senior approver ${t}`);
  await page.getByLabel("Edit – Orders").selectOption({ label: "Own" });
  await page.getByLabel("Place orders").check();
  await page.getByRole("button", { name: "Update" }).click();
  await expect(page.getByTestId("notice")).toHaveText("The customer user role has been updated.");
  expect(await grantsOf(`Senior approver ${t}`)).toEqual({
    companyId: company.id,
    capabilities: ["place-orders", "approve-orders"],
    permissions: ["order:EDIT=OWN", "order:VIEW=COMPANY"],
  });

  await page.goto("/admin/customer-roles/new");
  await formReady(page);
  await page.getByLabel("Name", { exact: true }).fill(`SENIOR APPROVER ${t}`);
  await ownedBy(page, company.name);
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByTestId("name-error")).toHaveText("This company already has a role with this name.");
  expect(await db.customerRole.count({ where: { companyId: company.id } })).toBe(1);
});

test("a predefined role held in another company cannot be given to one company", async ({ page }) => {
  const t = tag();
  const [mine, theirs] = [await shopCompany(`Mine ${t}`), await shopCompany(`Theirs ${t}`)];
  const role = await db.customerRole.create({ data: { name: `Shared ${t}` } });
  await db.customerUser.create({
    data: {
      companyId: theirs.id,
      websiteId: theirs.websiteId,
      email: `holder-${t}@example.com`,
      firstName: "Hold",
      lastName: t,
      roles: { create: [{ roleId: role.id }] },
    },
  });

  await page.goto(`/admin/customer-roles/${role.id}/edit`);
  await formReady(page);
  await ownedBy(page, mine.name);
  await page.getByRole("button", { name: "Update" }).click();
  await expect(page.getByTestId("companyId-error")).toHaveText(
    "1 customer user of another company holds this role. Take it from them before giving the role to one company.",
  );
  expect((await db.customerRole.findUniqueOrThrow({ where: { id: role.id } })).companyId).toBeNull();
});

test("deleting a role that customer users hold warns how many, and confirming takes it from them", async ({ page }) => {
  const t = tag();
  const company = await shopCompany(`Holders ${t}`);
  const role = await db.customerRole.create({ data: { name: `Temporary ${t}`, companyId: company.id } });
  const user = await db.customerUser.create({
    data: {
      companyId: company.id,
      websiteId: company.websiteId,
      email: `temp-${t}@example.com`,
      firstName: "Temp",
      lastName: t,
      roles: { create: [{ roleId: role.id }] },
    },
  });

  await page.goto(`/admin/customer-roles?q=${t}`);
  const row = page.getByTestId("customer-role-row").filter({ hasText: role.name });
  await expect(row.getByTestId("customer-role-users")).toHaveText("1");
  await row.getByRole("link", { name: "Delete", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Warning" })).toBeVisible();
  await expect(page.getByText(`Delete the customer user role ${role.name}?`)).toBeVisible();
  await expect(page.getByTestId("usage")).toContainText("1 customer user holds this role.");
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByTestId("notice")).toHaveText("The customer user role has been deleted.");

  expect(await db.customerRole.count({ where: { id: role.id } })).toBe(0);
  expect(await db.customerUserRole.count({ where: { customerUserId: user.id } })).toBe(0);
  expect(await db.customerUser.count({ where: { id: user.id } })).toBe(1);
});

test("read-only: a person who may only view sees a predefined role's grants but cannot change them", async ({
  page,
}) => {
  await signInOk(page, VIEWER.email, VIEWER.password);
  const buyer = await db.customerRole.findFirstOrThrow({ where: { name: "Buyer", companyId: null } });
  await page.goto("/admin/customer-roles?q=Buyer");
  const row = page
    .getByTestId("customer-role-row")
    .filter({ has: page.getByRole("link", { name: "Buyer", exact: true }) });
  await expect(row.getByTestId("customer-role-type")).toHaveText("Predefined");
  await expect(row.getByRole("link", { name: "Delete", exact: true })).toHaveCount(0);
  await row.getByRole("link", { name: "View", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Customer user role: Buyer" })).toBeVisible();
  await expect(page.getByLabel("Predefined (all companies)")).toBeChecked();
  await expect(page.getByLabel("View – Addresses")).toHaveValue("COMPANY");
  await expect(page.getByLabel("View – Addresses")).toBeDisabled();
  await expect(page.getByLabel("Place orders")).toBeChecked();
  await expect(page.getByRole("button", { name: "Update" })).toHaveCount(0);
  expect(buyer.companyId).toBeNull();
  const refused = await page.goto(`/admin/customer-roles/${buyer.id}/delete`);
  expect(refused?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Access denied" })).toBeVisible();
});
