import { expect, test } from "@playwright/test";

import { formReady, signInOk } from "./fixtures/auth";
import { ADMIN, db, tag } from "./fixtures/db";

test.beforeEach(async ({ page }) => {
  await signInOk(page, ADMIN.email, ADMIN.password);
});

test("a product form refuses a taken SKU, a bad price and an SVG upload at their fields, and writes nothing", async ({
  page,
}) => {
  const t = tag();
  await page.goto("/admin/products/new");
  await formReady(page);
  await page.getByLabel("SKU").fill("CHAIR-ERGO");
  await page.getByLabel("Name", { exact: true }).fill(`Chair ${t}`);
  await page.getByLabel("Base price (EUR)").fill("12.345");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByTestId("basePrice-error")).toHaveText("Enter an amount such as 12.50.");

  await page.getByLabel("Base price (EUR)").fill("12.34");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByTestId("sku-error")).toHaveText("A product with this SKU already exists.");

  await page.getByLabel("SKU").fill(`SVG-${t}`);
  await page.getByLabel("Image").setInputFiles({
    name: "logo.png",
    mimeType: "image/png",
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  });
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByTestId("image-error")).toHaveText("Upload a PNG, JPEG, GIF or WebP image.");
  expect(await db.product.count({ where: { name: `Chair ${t}` } })).toBe(0);
});

test("a price list refuses an unknown SKU at its row and a company that already has a list", async ({ page }) => {
  const t = tag();
  await page.goto("/admin/price-lists/new");
  await formReady(page);
  await page.getByLabel("Name", { exact: true }).fill(`Refused ${t}`);
  await page.getByRole("button", { name: "Add price" }).click();
  await page.getByLabel("SKU").fill(`NOPE-${t}`);
  await page.getByLabel("Price", { exact: true }).fill("1.00");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByTestId("entries.0.sku-error")).toHaveText(`There is no product with the SKU “NOPE-${t}”.`);

  await page.getByLabel("SKU").fill("LAMP-LED");
  await page.getByRole("combobox", { name: "Companies" }).fill("Contoso");
  await page.getByRole("option", { name: "Contoso Retail", exact: true }).click();
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByTestId("companies-error")).toHaveText(
    "Contoso Retail already has the price list “Contoso Retail”.",
  );
  expect(await db.priceList.count({ where: { name: `Refused ${t}` } })).toBe(0);
});

test("a CMS block for a company needs the company, and an address is unique among shared pages", async ({ page }) => {
  const t = tag();
  await page.goto("/admin/cms-pages/new");
  await formReady(page);
  await page.getByLabel("Address").fill("about");
  await page.getByLabel("Title").fill(`About ${t}`);
  await page.getByLabel("Text").fill("Hello");
  await page.getByLabel("Shown to").selectOption({ label: "A company" });
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByTestId("blocks.0.companyId-error")).toHaveText("Choose a company.");

  await page.getByLabel("Shown to").selectOption({ label: "Everyone" });
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByTestId("slug-error")).toHaveText("This website already has a page with this address.");
  expect(await db.cmsPage.count({ where: { title: `About ${t}` } })).toBe(0);
});
