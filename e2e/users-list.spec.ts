import { expect, test } from "@playwright/test";

import { signInOk } from "./fixtures/auth";
import { ADMIN, db, tag } from "./fixtures/db";

test("the users list searches, sorts and pages in the URL", async ({ page }) => {
  const t = tag();
  // 30 users sharing the tag; last names sort z..a against their e-mails
  await db.staffUser.createMany({
    data: Array.from({ length: 30 }, (_, i) => ({
      email: `list-${t}-${String(i).padStart(2, "0")}@example.com`,
      passwordHash: "not-a-login",
      firstName: `First${i}`,
      lastName: `${t}-${String.fromCharCode(122 - (i % 26))}${String(i).padStart(2, "0")}`,
      status: i % 3 === 0 ? ("DEACTIVATED" as const) : ("ACTIVE" as const),
    })),
  });
  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/users");
  await page.getByLabel("Search by name or e-mail").fill(t);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("grid-range")).toHaveText("1–25 of 30");
  const emails = page.getByTestId("user-row").locator("td:first-child");
  await expect(emails.first()).toHaveText(`list-${t}-00@example.com`);

  // page size 10, then page 2
  await page.getByRole("link", { name: "10", exact: true }).click();
  await expect(page.getByTestId("user-row")).toHaveCount(10);
  await page.getByRole("link", { name: "Next" }).click();
  await expect(page.getByTestId("grid-range")).toHaveText("11–20 of 30");
  await expect(emails.first()).toHaveText(`list-${t}-10@example.com`);

  // sort by e-mail descending: a click on the active header flips the direction
  await page
    .getByTestId("users-table")
    .getByRole("link", { name: /^E-mail/ })
    .click();
  await expect(page.getByRole("columnheader", { name: /E-mail/ })).toHaveAttribute("aria-sort", "descending");
  await expect(emails.first()).toHaveText(`list-${t}-29@example.com`);

  // sort by last name
  await page
    .getByTestId("users-table")
    .getByRole("link", { name: /^Last name/ })
    .click();
  await expect(emails.first()).toHaveText(`list-${t}-25@example.com`); // "…-a25"

  // the URL holds the state: a reload shows the same page
  const url = page.url();
  expect(url).toContain("sort=lastName");
  await page.reload();
  await expect(emails.first()).toHaveText(`list-${t}-25@example.com`);

  // status filter
  await page.getByLabel("Status").selectOption("DEACTIVATED");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("grid-range")).toHaveText("1–10 of 10");
  // a page past the end (a bookmark of a list that has shrunk) opens the last page
  await page.goto(`/admin/users?q=${t}&status=DEACTIVATED&size=10&page=9`);
  await expect(page.getByTestId("grid-range")).toHaveText("1–10 of 10");
  expect(new URL(page.url()).searchParams.get("page")).toBeNull();
  await page.goto(`/admin/users?q=${t}&size=10&page=7`);
  await expect(page.getByTestId("grid-range")).toHaveText("21–30 of 30");
  expect(new URL(page.url()).searchParams.get("page")).toBe("3");

  // a search that matches nothing says so
  await page.getByLabel("Search by name or e-mail").fill(`${t}-nobody`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No users match your search.")).toBeVisible();
});

test("a storefront list past its last page opens the last page", async ({ page }) => {
  await page.goto("/products?page=999");
  await expect(page.getByTestId("shop-page")).toHaveText(/^Page (\d+) of \1$/);
  expect(Number(new URL(page.url()).searchParams.get("page") ?? "1")).toBeLessThan(999);
});
