import { expect, test } from "@playwright/test";

import { checkBothWidths, PHONE, shopMenuOpens, violations } from "./fixtures/axe";
import { db, tag } from "./fixtures/db";
import { walkPages } from "./fixtures/pages";
import { createCustomer, shopSignInOk } from "./fixtures/shop";

test("every storefront page, for visitors and signed-in customers, passes axe at 1280 and 390 px", async ({ page }) => {
  test.setTimeout(240_000);
  const shop = (path: string) => !/^\/(admin|api|oauth|media|impersonate)\b/.test(path) && !path.startsWith("/_next");
  await walkPages(page, ["/", "/products", "/pages/about", "/login", "/register", "/forgot-password"], shop, (path) =>
    checkBothWidths(page, `${path} (visitor)`, shopMenuOpens),
  );

  const t = tag();
  const email = `a11y-shop-${t}@example.com`;
  const customer = await createCustomer({ email, password: `A11y-pass-${t}` });
  await db.shoppingList.create({
    data: { name: `List ${t}`, companyId: customer.companyId, customerUserId: customer.id },
  });
  await shopSignInOk(page, email, `A11y-pass-${t}`);
  await walkPages(
    page,
    ["/account", "/shopping-lists", "/orders", "/requests", "/quotes", "/products"],
    (path) => shop(path) && !/^\/(login|register|forgot-password)\b/.test(path),
    (path) => checkBothWidths(page, path, shopMenuOpens),
  );
  // the folded header menu open on a phone
  await page.setViewportSize(PHONE);
  await page.getByTestId("shop-menu").locator("summary").click();
  await expect(page.getByTestId("shop-menu").getByRole("navigation")).toBeVisible();
  expect.soft(await violations(page), "storefront menu").toEqual([]);
});
