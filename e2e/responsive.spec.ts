import { expect, test, type Page } from "@playwright/test";

import { signInOk } from "./fixtures/auth";
import { ADMIN, tag } from "./fixtures/db";
import { scrollsSideways } from "./fixtures/pages";
import { createCustomer, shopSignInOk } from "./fixtures/shop";

test.use({ viewport: { width: 390, height: 844 } });

async function noSidewaysScroll(page: Page, paths: string[]) {
  for (const path of paths) {
    await page.goto(path);
    expect.soft(await scrollsSideways(page), `${path} scrolls sideways`).toBe(false);
  }
}

test("at 390 px the storefront fits the screen and its navigation folds into a menu", async ({ page }) => {
  await noSidewaysScroll(page, ["/", "/products", "/login", "/register"]);
  const t = tag();
  await createCustomer({ email: `phone-${t}@example.com`, password: `Phone-pass-${t}` });
  await shopSignInOk(page, `phone-${t}@example.com`, `Phone-pass-${t}`);
  await noSidewaysScroll(page, ["/account", "/account/users", "/account/roles/new", "/shopping-lists", "/orders"]);

  const orders = page.getByRole("link", { name: "Orders" });
  await expect(orders).toBeHidden();
  await page.getByTestId("shop-menu").getByText("Menu").click();
  await orders.click();
  await expect(page).toHaveURL(/\/orders$/);
});

test("below 1024 px the back office fits the screen and its sidebar is a drawer", async ({ page }) => {
  await signInOk(page, ADMIN.email, ADMIN.password);
  await noSidewaysScroll(page, [
    "/admin/customer-users",
    "/admin/customer-users/new",
    "/admin/users",
    "/admin/companies",
    "/admin/roles/new",
    "/admin/orders",
  ]);

  const menu = page.getByRole("navigation", { name: "Main navigation" });
  await expect(menu).toBeHidden();
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await menu.getByRole("link", { name: "Companies" }).click();
  await expect(page).toHaveURL(/\/admin\/companies$/);
  await expect(page.getByRole("dialog")).toBeHidden();
  // the current page is marked in the menu
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(menu.getByRole("link", { name: "Companies" })).toHaveAttribute("aria-current", "page");
});
