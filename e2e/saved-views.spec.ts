import { expect, test } from "@playwright/test";

import { signInOk } from "./fixtures/auth";
import { createStaff, db, tag } from "./fixtures/db";

test("a saved default view of the customer users grid (filter, sort, columns, page size) is back after signing out and in", async ({
  page,
}) => {
  const t = tag();
  const website = await db.website.findUniqueOrThrow({ where: { code: "shop" } });
  const company = await db.company.create({ data: { name: `View Co ${t}`, websiteId: website.id } });
  await db.customerUser.createMany({
    data: Array.from({ length: 3 }, (_, i) => ({
      companyId: company.id,
      websiteId: website.id,
      email: `view-${t}-${i}@example.com`,
      firstName: "Vera",
      lastName: `${String.fromCharCode(97 + i)}-${t}`,
    })),
  });
  // a staff user of their own, so the default view is theirs alone
  const email = `views-${t}@example.com`;
  const password = `Views-pass-${t}`;
  await createStaff({ email, password, group: "Administrators" });
  await signInOk(page, email, password);

  // filter by the tag, newest ID first, 10 a page, with the Updated column and without Website
  await page.goto(`/admin/customer-users?email=view-${t}&sort=id&dir=desc&size=10`);
  await page.getByTestId("column-chooser").locator("summary").click();
  await page.getByRole("checkbox", { name: "Updated" }).check();
  await page.getByRole("checkbox", { name: "Website" }).uncheck();
  await page.getByRole("button", { name: "Show these columns" }).click();
  await expect(page.getByRole("columnheader", { name: "Updated" })).toBeVisible();
  await expect(page.getByTestId("customer-user-last-name")).toHaveText([`c-${t}`, `b-${t}`, `a-${t}`]);

  await page.getByTestId("saved-views").locator("summary").click();
  await page.getByLabel("Save the grid as it is now, named").fill("My tagged users");
  await page.getByLabel("Open the grid with this view").check();
  await page.getByRole("button", { name: "Save view" }).click();
  await expect(page.getByText("The view My tagged users was saved.")).toBeVisible();

  // signed out and in again, the bare grid opens as the view left it
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/login/);
  await signInOk(page, email, password);
  await page.goto("/admin/customer-users");
  await expect(page).toHaveURL(new RegExp(`email=view-${t}`));
  await expect(page.getByTestId("customer-user-last-name")).toHaveText([`c-${t}`, `b-${t}`, `a-${t}`]);
  await expect(page.getByRole("columnheader", { name: "Updated" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Website" })).toHaveCount(0);
  await expect(page.getByRole("columnheader", { name: /ID/ })).toHaveAttribute("aria-sort", "descending");
  expect(page.url()).toContain("size=10");
});
