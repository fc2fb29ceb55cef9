import { expect, test, type Browser } from "@playwright/test";

import { db, tag } from "./fixtures/db";
import { createCustomer, shopSignInOk } from "./fixtures/shop";

/** A customer of a company of their own (wholesale website, as the e2e host answers) with a price list naming `price` for the product. */
async function customerPaying(name: string, t: string, productId: string, price: number) {
  const password = `Offers-pass-${t}`;
  const user = await createCustomer({ email: `${name}-${t}@example.com`, password, lastName: name });
  await db.priceList.create({
    data: {
      name: `${name} ${t}`,
      entries: { create: [{ productId, price }] },
      companies: { create: [{ companyId: user.companyId }] },
    },
  });
  return { ...user, password };
}

/** The product list of the page as the viewer sees it: name, link and price of every card. */
async function productsOn(browser: Browser, slug: string, who: { email: string; password: string } | null) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (who) await shopSignInOk(page, who.email, who.password);
  await page.goto(`/pages/${slug}`);
  await expect(page.getByTestId("cms-content")).toContainText("Prices for you");
  const cards = page.getByTestId("cms-products").getByTestId("product-card");
  const shown = await cards.evaluateAll((els) =>
    els.map((el) => ({
      name: el.querySelector("h3")?.textContent,
      href: el.querySelector("a")?.getAttribute("href"),
      price: el.querySelector("[data-testid=product-price]")?.textContent,
    })),
  );
  await context.close();
  return shown;
}

test("a CMS product list shows each customer their company's price and hidden products only to their group; a visitor sees base prices", async ({
  browser,
}) => {
  const t = tag();
  const desk = await db.product.create({ data: { sku: `DESK-${t}`, name: `Desk ${t}`, basePrice: 49900 } });
  const insiders = await db.customerGroup.create({ data: { name: `Insiders ${t}` } });
  const secret = await db.product.create({
    data: {
      sku: `SECRET-${t}`,
      name: `Secret ${t}`,
      basePrice: 1000,
      visibility: { create: [{ customerGroupId: insiders.id }] },
    },
  });
  const anna = await customerPaying("anna", t, desk.id, 44900);
  const ben = await customerPaying("ben", t, desk.id, 46900);
  await db.company.update({ where: { id: ben.companyId }, data: { customerGroupId: insiders.id } });
  const slug = `offers-${t}`;
  await db.cmsPage.create({
    data: {
      slug,
      title: `Offers ${t}`,
      published: true,
      blocks: { create: [{ position: 0, body: `Prices for you\n\n::products ${desk.sku}, NOPE-${t}, ${secret.sku}` }] },
    },
  });

  const deskCard = (price: string) => ({ name: desk.name, href: `/products/${desk.sku}`, price });
  expect(await productsOn(browser, slug, anna)).toEqual([deskCard("€449.00")]);
  expect(await productsOn(browser, slug, ben)).toEqual([
    deskCard("€469.00"),
    { name: secret.name, href: `/products/${secret.sku}`, price: "€10.00" },
  ]);
  expect(await productsOn(browser, slug, null)).toEqual([deskCard("€499.00")]);
});

test("a product list with nothing the viewer may see is not shown at all", async ({ page }) => {
  const t = tag();
  const group = await db.customerGroup.create({ data: { name: `Closed ${t}` } });
  const hidden = await db.product.create({
    data: {
      sku: `HIDDEN-${t}`,
      name: `Hidden ${t}`,
      basePrice: 500,
      visibility: { create: [{ customerGroupId: group.id }] },
    },
  });
  const slug = `empty-offers-${t}`;
  await db.cmsPage.create({
    data: {
      slug,
      title: `Empty ${t}`,
      published: true,
      blocks: { create: [{ position: 0, body: `Prices for you\n::products ${hidden.sku}, NOPE-${t}` }] },
    },
  });
  await page.goto(`/pages/${slug}`);
  await expect(page.getByTestId("cms-content")).toHaveText("Prices for you");
  await expect(page.getByTestId("cms-products")).toHaveCount(0);
});
