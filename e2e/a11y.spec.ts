import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

import { signInOk } from "./fixtures/auth";
import { ADMIN, db, tag } from "./fixtures/db";
import { scrollsSideways, walkPages } from "./fixtures/pages";
import { createCustomer, shopSignInOk } from "./fixtures/shop";

const WIDE = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/**
 * Every WCAG 2.x A and AA rule of axe-core, on the page as rendered; any violation counts, whatever
 * its impact. A sandboxed frame (an e-mail's HTML, a template preview) runs no script, so axe cannot
 * enter it: it is the message's content, not the page's.
 */
async function violations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .exclude("iframe[sandbox]")
    .analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * The page at 1280 px and at 390 px, without loading it again: axe at 1280 px and no sideways scroll
 * at 390 px on every page. axe runs at 390 px on the first page of each walk, where the small-screen
 * shell (drawer button, folded header) is, and on the open drawer, menus and dialogs below: what the
 * width changes is the shell and the scroll boxes, which the sideways check covers on every page.
 * Running axe twice on every page took the walk past the CI budget.
 */
async function checkBothWidths(page: Page, what: string, phoneAxe: boolean) {
  await page.setViewportSize(WIDE);
  expect.soft(await violations(page), `${what} at 1280 px`).toEqual([]);
  await page.setViewportSize(PHONE);
  if (phoneAxe) expect.soft(await violations(page), `${what} at 390 px`).toEqual([]);
  expect.soft(await scrollsSideways(page), `${what} scrolls sideways at 390 px`).toBe(false);
}

test("every back-office page, and a grid's menu, confirmation and drawer, pass axe at 1280 and 390 px", async ({
  page,
}) => {
  test.setTimeout(480_000);
  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/users");
  const starts = await page
    .getByRole("navigation", { name: "Main navigation" })
    .getByRole("link")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  const visited = await walkPages(
    page,
    [...starts, "/admin/account"],
    (path) => path.startsWith("/admin/") && !/\/(login|export)\b/.test(path),
    (path) => checkBothWidths(page, path, path === starts[0]),
  );
  expect(visited.length).toBeGreaterThan(40);

  // a grid row's menu and the confirmation it opens
  const t = tag();
  await createCustomer({ email: `a11y-${t}@example.com`, password: `A11y-pass-${t}` });
  for (const size of [WIDE, PHONE]) {
    await page.setViewportSize(size);
    await page.goto(`/admin/customer-users?email=a11y-${t}%40example.com`);
    await page.getByTestId("customer-user-row").getByLabel("More options").click();
    await expect(page.getByRole("menu")).toBeVisible();
    expect.soft(await violations(page), `row menu at ${size.width} px`).toEqual([]);
    await page.getByRole("menuitem", { name: "Disable" }).click();
    await expect(page.getByRole("alertdialog")).toBeVisible();
    expect.soft(await violations(page), `confirmation at ${size.width} px`).toEqual([]);
    await page.keyboard.press("Escape");
  }
  // the drawer that holds the navigation on a phone
  await page.getByTestId("nav-toggle").click();
  await expect(page.getByTestId("nav-drawer")).toBeVisible();
  expect.soft(await violations(page), "navigation drawer").toEqual([]);
});

test("every storefront page, for visitors and signed-in customers, passes axe at 1280 and 390 px", async ({ page }) => {
  test.setTimeout(240_000);
  const shop = (path: string) => !/^\/(admin|api|oauth|media|impersonate)\b/.test(path) && !path.startsWith("/_next");
  await walkPages(page, ["/", "/products", "/pages/about", "/login", "/register", "/forgot-password"], shop, (path) =>
    checkBothWidths(page, `${path} (visitor)`, path === "/"),
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
    (path) => checkBothWidths(page, path, path === "/account"),
  );
  // the folded header menu on a phone
  await page.setViewportSize(PHONE);
  await page.getByTestId("shop-menu").locator("summary").click();
  expect.soft(await violations(page), "storefront menu").toEqual([]);
});
