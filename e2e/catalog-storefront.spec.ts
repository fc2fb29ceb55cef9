import { expect, test } from "@playwright/test";

import { formReady, signInOk } from "./fixtures/auth";
import { ADMIN, db, tag } from "./fixtures/db";

// the smallest valid PNG: one transparent pixel
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

test("the back office creates a product with a company price list; a visitor sees the base price, the image and the description", async ({
  page,
  browser,
}) => {
  const t = tag();
  const sku = `E2E-${t}`;
  const website = await db.website.findUniqueOrThrow({ where: { code: "wholesale" } });
  const company = await db.company.create({ data: { name: `Buyer ${t}`, websiteId: website.id } });
  await signInOk(page, ADMIN.email, ADMIN.password);

  await page.goto("/admin/products");
  await page.getByRole("link", { name: "Add New Product" }).click();
  await formReady(page);
  await page.getByLabel("SKU").fill(sku);
  await page.getByLabel("Name", { exact: true }).fill(`Stapler ${t}`);
  await page.getByLabel("Description").fill("Staples **up to 40 sheets**.\n\n- Metal body");
  await page.getByLabel("Base price (EUR)").fill("12,34");
  await page.getByLabel("Image").setInputFiles({ name: "stapler.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByTestId("notice")).toHaveText("The product has been created.");
  const product = await db.product.findUniqueOrThrow({ where: { sku } });
  expect([product.basePrice, product.imagePath]).toEqual([1234, expect.stringMatching(/^\/media\/[a-f0-9]{32}\.png$/)]);

  await page.goto("/admin/price-lists/new");
  await formReady(page);
  await page.getByLabel("Name", { exact: true }).fill(`Deal ${t}`);
  await page.getByRole("button", { name: "Add price" }).click();
  await page.getByLabel("SKU").fill(sku);
  await page.getByLabel("Price", { exact: true }).fill("9.99");
  await page.getByRole("combobox", { name: "Companies" }).fill(`Buyer ${t}`);
  await page.getByRole("option", { name: `Buyer ${t}`, exact: true }).click();
  await expect(page.getByTestId("chosen-companies")).toContainText(`Buyer ${t}`);
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByTestId("notice")).toHaveText("The price list has been created.");
  const list = await db.priceList.findUniqueOrThrow({
    where: { name: `Deal ${t}` },
    include: { entries: true, companies: true },
  });
  expect([list.entries.map((e) => e.price), list.companies.map((c) => c.companyId)]).toEqual([[999], [company.id]]);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/products?q=${sku}`);
  await expect(visitor.getByTestId("product-card")).toHaveCount(1);
  await expect(visitor.getByTestId("product-price")).toHaveText("€12.34");
  await visitor.getByRole("link", { name: `Stapler ${t}` }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`Stapler ${t}`);
  await expect(visitor.getByTestId("product-price")).toHaveText("€12.34");
  await expect(visitor.getByTestId("product-description").locator("strong")).toHaveText("up to 40 sheets");
  const image = await visitor.request.get(product.imagePath!);
  expect([image.status(), image.headers()["content-type"], image.headers()["x-content-type-options"]]).toEqual([
    200,
    "image/png",
    "nosniff",
  ]);
  expect((await visitor.request.get("/media/..%2F..%2Fpackage.json")).status()).toBe(404);

  // restricted to a customer group, the product is gone for visitors
  await page.goto(`/admin/products?q=${sku}`);
  await page.getByTestId("product-row").getByRole("link", { name: "Edit" }).click();
  await formReady(page);
  await expect(page.getByTestId("current-image")).toBeVisible();
  await page.getByLabel("Wholesale partners").check();
  await page.getByRole("button", { name: "Update" }).click();
  await expect(page.getByTestId("notice")).toHaveText("The product has been updated.");
  await expect(page.getByTestId("product-row").filter({ hasText: sku })).toContainText("Selected customer groups");
  expect((await visitor.goto(`/products/${sku}`))?.status()).toBe(404);
  await visitor.goto(`/products?q=${sku}`);
  await expect(visitor.getByTestId("no-products")).toBeVisible();
});

test("a CMS page shows its Markdown, and a script in its content does not run", async ({ page, browser }) => {
  const t = tag();
  const slug = `notice-${t}`;
  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/cms-pages/new");
  await formReady(page);
  await page.getByLabel("Address").fill(slug);
  await page.getByLabel("Title").fill(`Notice ${t}`);
  await page.getByLabel("Published").check();
  await page
    .getByLabel("Text")
    .fill(
      `# Opening hours ${t}\n\n<script>document.title = "pwned"; window.pwned = true</script>\n\n[Click](javascript:window.pwned=true) <img src=x onerror="window.pwned=true">`,
    );
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByTestId("notice")).toHaveText("The page has been created.");

  const visitor = await (await browser.newContext()).newPage();
  const dialogs: string[] = [];
  visitor.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await visitor.goto(`/pages/${slug}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`Notice ${t}`);
  await expect(visitor.getByRole("heading", { level: 2 })).toHaveText(`Opening hours ${t}`);
  await expect(visitor.getByTestId("cms-content")).toContainText(
    '<script>document.title = "pwned"; window.pwned = true</script>',
  );
  await expect(visitor.getByTestId("cms-content").locator("script, img, a")).toHaveCount(0);
  await visitor.getByText("Click").click();
  expect(await visitor.evaluate(() => (window as unknown as { pwned?: boolean }).pwned ?? false)).toBe(false);
  expect(await visitor.title()).not.toBe("pwned");
  expect(dialogs).toEqual([]);
});

test("a visitor's home page shows the home content and products at base prices, without partner content or partner-only products", async ({
  browser,
}) => {
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/");
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Welcome to Concierge");
  await expect(visitor.getByTestId("cms-content")).toContainText("Everything an office needs");
  await expect(visitor.getByTestId("cms-content")).not.toContainText("Wholesale partners:");
  await expect(visitor.getByTestId("featured-products").getByTestId("product-card").first()).toBeVisible();

  await visitor.goto("/products?q=CHAIR-ERGO");
  await expect(visitor.getByTestId("product-price")).toHaveText("€249.00");
  await visitor.goto("/products?q=PALLET-PAPER");
  await expect(visitor.getByTestId("no-products")).toBeVisible();
  expect((await visitor.goto("/products/PALLET-PAPER"))?.status()).toBe(404);
  await visitor.goto("/pages/about");
  await expect(visitor.getByTestId("cms-block")).toHaveCount(1);
});
