import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

import { db, tag } from "./fixtures/db";
import { createCustomer, shopSignInOk } from "./fixtures/shop";

/** axe-core's WCAG 2.1 A/AA rules (the rules Lighthouse's accessibility audit is built on) on the page as rendered. */
async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

test("the main storefront pages have no accessibility violations, for visitors and signed-in customers", async ({
  page,
}) => {
  // axe walks every page it is given: on a busy machine that takes longer than one page load
  test.setTimeout(120_000);
  const product = await db.product.findFirstOrThrow({
    where: { active: true, visibility: { none: {} } },
    orderBy: { sku: "asc" },
  });
  for (const path of [
    "/",
    "/products",
    `/products/${encodeURIComponent(product.sku)}`,
    "/pages/about",
    "/pages/offers",
    "/login",
    "/register",
  ]) {
    await page.goto(path);
    expect(await violations(page), path).toEqual([]);
  }

  const t = tag();
  await createCustomer({ email: `a11y-${t}@example.com`, password: `A11y-pass-${t}` });
  await shopSignInOk(page, `a11y-${t}@example.com`, `A11y-pass-${t}`);
  for (const path of ["/account", "/account/addresses", "/account/consents", "/products"]) {
    await page.goto(path);
    expect(await violations(page), path).toEqual([]);
  }
});
