import { hash } from "@node-rs/argon2";
import { expect, test, type Browser } from "@playwright/test";

import { db, tag } from "./fixtures/db";
import { shopSignInOk } from "./fixtures/shop";

/** A confirmed customer user of a seeded company, on the website the e2e server answers as (127.0.0.1: wholesale). */
async function customerOf(companyName: string, t: string) {
  const company = await db.company.findFirstOrThrow({ where: { name: companyName } });
  const website = await db.website.findUniqueOrThrow({ where: { code: "wholesale" } });
  const role = await db.customerRole.findFirstOrThrow({ where: { name: "Buyer", companyId: null } });
  const email = `${companyName.split(" ")[0]!.toLowerCase()}-${t}@example.com`;
  const password = `Prices-pass-${t}`;
  await db.customerUser.create({
    data: {
      email,
      firstName: "Price",
      lastName: companyName,
      companyId: company.id,
      websiteId: website.id,
      confirmed: true,
      passwordHash: await hash(password, { algorithm: 2 }),
      roles: { create: [{ roleId: role.id }] },
    },
  });
  return { email, password };
}

async function look(browser: Browser, who: { email: string; password: string } | null) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (who) await shopSignInOk(page, who.email, who.password);
  await page.goto("/products/CHAIR-ERGO");
  const chair = await page.getByTestId("product-price").textContent();
  await page.goto("/products/PALLET-PAPER");
  const pallet = (await page.getByTestId("product-price").count()) > 0;
  await page.goto("/pages/about");
  const about = await page.getByTestId("cms-content").textContent();
  await context.close();
  return { chair, pallet, about };
}

test("two companies see their own prices and content; a visitor sees base prices and no partner content", async ({
  browser,
}) => {
  const t = tag();
  const partner = await look(browser, await customerOf("Northwind Berlin", t)); // customer group "Wholesale partners"
  const contoso = await look(browser, await customerOf("Contoso Retail", t)); // a company price list of its own
  const visitor = await look(browser, null);

  expect(partner.chair).toContain("219.00");
  expect(contoso.chair).toContain("229.00");
  expect(visitor.chair).toContain("249.00");

  expect(partner.pallet).toBe(true);
  expect(contoso.pallet).toBe(false);
  expect(visitor.pallet).toBe(false);

  expect(partner.about).toContain("For wholesale partners");
  expect(contoso.about).not.toContain("For wholesale partners");
  expect(visitor.about).not.toContain("For wholesale partners");
});
