import { expect, test, type Page } from "@playwright/test";

import { signInOk } from "./fixtures/auth";
import { ADMIN, createStaff, db, tag, VIEWER } from "./fixtures/db";
import { createCustomer } from "./fixtures/shop";

const ready = (page: Page) => page.locator("[data-hydrated=true]").waitFor();
const assignedTo = async (staffUserId: string) =>
  (
    await db.staffCustomerAssignment.findMany({
      where: { staffUserId },
      select: { customerUser: { select: { lastName: true } } },
    })
  )
    .map((a) => a.customerUser.lastName)
    .sort();

async function searchCandidates(page: Page, q: string) {
  await page.getByRole("tab", { name: "Customers to be assigned" }).click();
  await page.getByRole("tabpanel").getByLabel("Search by name, e-mail or company").fill(q);
  await page.getByRole("tabpanel").getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/tab=candidates/);
  await ready(page);
}

test("an admin assigns customer users to a staff user, deassigns one, and cannot take one held elsewhere", async ({
  page,
}) => {
  const t = tag();
  const staff = await createStaff({
    email: `assign-${t}@example.com`,
    password: `Assign-pass-${t}`,
    firstName: "Sam",
    lastName: `Assign ${t}`,
  });
  const holder = await createStaff({
    email: `holder-${t}@example.com`,
    password: `Holder-pass-${t}`,
    firstName: "Hugo",
    lastName: `Holder ${t}`,
  });
  const customer = (name: string) =>
    createCustomer({
      email: `${name.toLowerCase()}-${t}@example.com`,
      password: `Customer-pass-${t}`,
      website: "shop",
      lastName: `${name} ${t}`,
    });
  await customer("Alpha");
  await customer("Beta");
  const gamma = await customer("Gamma");
  await db.staffCustomerAssignment.create({ data: { customerUserId: gamma.id, staffUserId: holder.id } });

  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/users");
  await page.getByLabel("Search by name or e-mail").fill(staff.email);
  await page.getByRole("button", { name: "Search" }).click();
  await page
    .getByTestId("user-row")
    .filter({ hasText: staff.email })
    .getByRole("link", { name: "Assign Customers" })
    .click();
  await expect(page.getByRole("heading", { name: `Assign customers to Sam Assign ${t}` })).toBeVisible();

  // search, tick two, Save
  await searchCandidates(page, t);
  const candidates = page.getByTestId("candidates-table").getByTestId("customer-row");
  await expect(candidates).toHaveCount(3);
  await expect(candidates.filter({ hasText: `Gamma ${t}` }).getByTestId("customer-holder")).toHaveText(
    `Assigned to Hugo Holder ${t}`,
  );
  await page.getByLabel(`Assign Carla Alpha ${t}`).check();
  await page.getByLabel(`Assign Carla Beta ${t}`).check();
  await page.getByRole("tab", { name: /Pending changes/ }).click();
  await expect(page.getByTestId("pending-assign").getByTestId("pending-row")).toHaveCount(2);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("notice")).toHaveText("Customer assignments saved.");
  const assignedRows = page.getByTestId("assigned-table").getByTestId("customer-row");
  await expect(assignedRows).toHaveCount(2);
  await expect(assignedRows.filter({ hasText: `Alpha ${t}` })).toHaveCount(1);
  expect(await assignedTo(staff.id)).toEqual([`Alpha ${t}`, `Beta ${t}`]);

  // clear one, Save: gone
  await ready(page);
  await page.getByLabel(`Keep Carla Alpha ${t} assigned`).uncheck();
  await expect(page.getByTestId("pending-summary")).toContainText("To be deassigned (1)");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(assignedRows).toHaveText([new RegExp(`Beta ${t}`)]);
  await expect(page.getByTestId("notice")).toHaveText("Customer assignments saved.");
  expect(await assignedTo(staff.id)).toEqual([`Beta ${t}`]);

  // a customer user held by another staff user: refused, naming the holder, nothing written
  await searchCandidates(page, `Gamma ${t}`);
  await page.getByLabel(`Assign Carla Gamma ${t}`).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("assignment-error")).toHaveText(
    `Carla Gamma ${t} (${gamma.email}) is already assigned to Hugo Holder ${t}. Deassign them there first.`,
  );
  expect(await assignedTo(staff.id)).toEqual([`Beta ${t}`]);
  expect(
    (await db.staffCustomerAssignment.findUniqueOrThrow({ where: { customerUserId: gamma.id } })).staffUserId,
  ).toBe(holder.id);

  // the staff user's edit page counts them
  await page.goto(`/admin/users/${staff.id}/edit`);
  await expect(page.getByTestId("assigned-customers-count")).toContainText("Assigned customers: 1");
});

test("a read-only user sees a staff user's assignments but cannot change them", async ({ page }) => {
  const t = tag();
  const staff = await createStaff({
    email: `assign-ro-${t}@example.com`,
    password: `Assign-pass-${t}`,
    firstName: "Rita",
    lastName: `Readonly ${t}`,
  });
  const held = await createCustomer({
    email: `held-${t}@example.com`,
    password: `Customer-pass-${t}`,
    website: "shop",
    lastName: `Held ${t}`,
  });
  await db.staffCustomerAssignment.create({ data: { customerUserId: held.id, staffUserId: staff.id } });

  await signInOk(page, VIEWER.email, VIEWER.password);
  await page.goto(`/admin/users/${staff.id}/customers`);
  await ready(page);
  await expect(page.getByText("You can view the assignments but not change them.")).toBeVisible();
  await expect(page.getByLabel(`Keep Carla Held ${t} assigned`)).toBeDisabled();
  await expect(page.getByRole("button", { name: "Save" })).toHaveCount(0);
});

test("ticked customers survive searching, paging and a page-size change until saved, and Discard drops them", async ({
  page,
}) => {
  const t = tag();
  const staff = await createStaff({
    email: `assign-pg-${t}@example.com`,
    password: `Assign-pass-${t}`,
    firstName: "Pia",
    lastName: `Pager ${t}`,
  });
  const customer = (name: string) =>
    createCustomer({
      email: `${name.toLowerCase()}-${t}@example.com`,
      password: `Customer-pass-${t}`,
      website: "shop",
      lastName: `${name} ${t}`,
    });
  for (let i = 0; i <= 10; i++) await customer(`Pager${String(i).padStart(2, "0")}`);
  const kept = await customer("Kept");
  await db.staffCustomerAssignment.create({ data: { customerUserId: kept.id, staffUserId: staff.id } });
  const summary = page.getByTestId("pending-summary");

  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.goto(`/admin/users/${staff.id}/customers`);
  await ready(page);
  // a deassignment staged on the first tab...
  await page.getByLabel(`Keep Carla Kept ${t} assigned`).uncheck();
  // ...and assignments on several searches and pages of the second
  await searchCandidates(page, `Pager ${t}`);
  await page.getByRole("tabpanel").getByRole("link", { name: "10", exact: true }).click();
  await expect(page.getByTestId("candidates-table").getByTestId("customer-row")).toHaveCount(10);
  await ready(page);
  await page.getByLabel(`Assign Carla Pager00 ${t}`).check();
  await page.getByRole("tabpanel").getByRole("link", { name: "Next" }).click();
  await expect(page.getByLabel(`Assign Carla Pager10 ${t}`)).toBeVisible();
  await page.getByLabel(`Assign Carla Pager10 ${t}`).check();
  await expect(summary).toHaveText("To be assigned (2) · To be deassigned (1)");
  await searchCandidates(page, `Pager05 ${t}`);
  await expect(summary).toHaveText("To be assigned (2) · To be deassigned (1)");
  await page.getByLabel(`Assign Carla Pager05 ${t}`).check();
  await expect(summary).toHaveText("To be assigned (3) · To be deassigned (1)");
  // what was ticked on another page is still ticked when it is shown again
  await searchCandidates(page, `Pager00 ${t}`);
  await expect(page.getByLabel(`Assign Carla Pager00 ${t}`)).toBeChecked();
  await page.getByRole("tab", { name: /Pending changes/ }).click();
  await expect(page.getByTestId("pending-assign").getByTestId("pending-row")).toHaveCount(3);
  await expect(page.getByTestId("pending-deassign")).toContainText(`Carla Kept ${t}`);

  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("notice")).toHaveText("Customer assignments saved.");
  expect(await assignedTo(staff.id)).toEqual([`Pager00 ${t}`, `Pager05 ${t}`, `Pager10 ${t}`]);
  await expect(summary).toHaveText("To be assigned (0) · To be deassigned (0)");

  // Discard drops what is staged, on every page
  await ready(page);
  await searchCandidates(page, `Pager01 ${t}`);
  await page.getByLabel(`Assign Carla Pager01 ${t}`).check();
  await expect(summary).toHaveText("To be assigned (1) · To be deassigned (0)");
  await page.getByRole("button", { name: "Discard changes" }).click();
  await expect(summary).toHaveText("To be assigned (0) · To be deassigned (0)");
  await searchCandidates(page, `Pager ${t}`);
  await expect(page.getByLabel(`Assign Carla Pager01 ${t}`)).not.toBeChecked();
  await expect(page.getByRole("button", { name: "Save" })).toBeDisabled();
  expect(await assignedTo(staff.id)).toEqual([`Pager00 ${t}`, `Pager05 ${t}`, `Pager10 ${t}`]);
});
