import { expect, test } from "@playwright/test";

import { signInOk } from "./fixtures/auth";
import { checkBothWidths, drawerOpens, PHONE, violations, WIDE } from "./fixtures/axe";
import { ADMIN, tag } from "./fixtures/db";
import { walkPages } from "./fixtures/pages";
import { createCustomer } from "./fixtures/shop";

test("every back-office page, and a grid's menu, confirmation and drawer, pass axe at 1280 and 390 px", async ({
  page,
}) => {
  test.setTimeout(480_000);
  const t = tag();
  await createCustomer({ email: `a11y-${t}@example.com`, password: `A11y-pass-${t}` });
  // signing in lands on the dashboard, whose menu names where the walk starts
  await signInOk(page, ADMIN.email, ADMIN.password);
  const starts = await page
    .getByRole("navigation", { name: "Main navigation" })
    .getByRole("link")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  const visited = await walkPages(
    page,
    ["/admin", ...starts, "/admin/account"],
    (path) => (path === "/admin" || path.startsWith("/admin/")) && !/\/(login|export)\b/.test(path),
    (path) => checkBothWidths(page, path, drawerOpens),
  );
  expect(visited.length).toBeGreaterThan(40);

  // a grid row's menu and the confirmation it opens, at both widths of one page
  await page.goto(`/admin/customer-users?email=a11y-${t}%40example.com`);
  for (const size of [WIDE, PHONE]) {
    await page.setViewportSize(size);
    await page.getByTestId("customer-user-row").getByLabel("More options").click();
    await expect(page.getByRole("menu")).toBeVisible();
    expect.soft(await violations(page), `row menu at ${size.width} px`).toEqual([]);
    await page.getByRole("menuitem", { name: "Disable" }).click();
    await expect(page.getByRole("alertdialog")).toBeVisible();
    expect.soft(await violations(page), `confirmation at ${size.width} px`).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(page.getByRole("alertdialog")).toBeHidden();
  }
  // the drawer that holds the navigation on a phone
  await page.getByTestId("nav-toggle").click();
  await expect(page.getByTestId("nav-drawer")).toBeVisible();
  expect.soft(await violations(page), "navigation drawer").toEqual([]);
});
