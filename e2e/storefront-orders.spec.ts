import { expect, test } from "@playwright/test";

import { formReady, signInOk } from "./fixtures/auth";
import { ADMIN, db, tag } from "./fixtures/db";
import { receivedMail, textOf } from "./fixtures/mail";
import { createCustomer, shopSignInOk } from "./fixtures/shop";

test("a customer fills a shopping list, checks out with addresses, sees the order and its e-mail; the back office lists it", async ({
  page,
}) => {
  const t = tag();
  const email = `buyer-${t}@example.com`;
  const password = `Buyer-${t}-pass-1`;
  const customer = await createCustomer({ email, password, lastName: `Buyer ${t}` });
  const address = (street: string, kind: object) =>
    db.customerAddress.create({
      data: { customerUserId: customer.id, street, city: "Hamburg", postalCode: "20095", country: "DE", ...kind },
    });
  await address(`Invoice Road ${t}`, { billing: true, defaultBilling: true });
  await address(`Dock Street ${t}`, { shipping: true });
  await address(`Warehouse Lane ${t}`, { shipping: true, defaultShipping: true });
  const [anvil, bolt] = await Promise.all([
    db.product.create({ data: { sku: `ANV-${t}`, name: `Anvil ${t}`, basePrice: 1250 } }),
    db.product.create({ data: { sku: `BLT-${t}`, name: `Bolt ${t}`, basePrice: 399 } }),
  ]);

  await shopSignInOk(page, email, password);

  // from the product wall, with a quantity
  await page.goto(`/products?q=${t}`);
  const anvilForm = page.getByTestId(`add-to-list-${anvil.sku}`);
  await anvilForm.and(page.locator("[data-hydrated=true]")).waitFor();
  await anvilForm.getByLabel("Quantity").fill("2");
  await anvilForm.getByRole("button", { name: "Add to list" }).click();
  await expect(anvilForm.getByTestId("add-to-list-status")).toContainText("Added to your current shopping list.");

  // from the product page
  await page.goto(`/products/${bolt.sku}`);
  await formReady(page);
  await page.getByTestId(`add-to-list-${bolt.sku}`).getByRole("button", { name: "Add to list" }).click();
  await expect(page.getByTestId("add-to-list-status")).toContainText("Added to your current shopping list.");

  await page.getByRole("link", { name: /^Shopping lists, / }).click();
  await expect(page.getByTestId("shopping-list")).toHaveCount(1);
  await expect(page.getByTestId("current-list")).toHaveText("Current list");
  await page.getByRole("link", { name: "Shopping list", exact: true }).click();
  await expect(page.getByTestId("list-line")).toHaveCount(2);
  await expect(page.getByTestId("list-subtotal")).toHaveText("€28.99");

  await page.locator("form[data-hydrated=true]").first().waitFor();
  await page.getByLabel(`Quantity of Bolt ${t}`).fill("3");
  await page.getByTestId("list-line").filter({ hasText: bolt.sku }).getByRole("button", { name: "Update" }).click();
  await expect(page.getByTestId("list-subtotal")).toHaveText("€36.97");

  await page.getByRole("link", { name: "Check out" }).click();
  await page.locator("[data-testid=checkout-form][data-hydrated=true]").waitFor();
  await expect(page.getByTestId("checkout-lines").getByTestId("order-total")).toHaveText("€36.97");
  await expect(page.getByLabel("Billing address")).toHaveValue(/.+/);
  await page.getByLabel("Shipping address").selectOption({ label: `Dock Street ${t}, 20095 Hamburg, DE` });
  await page.getByLabel("PO number").fill(`PO-${t}`);
  await page.getByRole("button", { name: "Place order" }).click();

  await expect(page).toHaveURL(/\/orders\/SO-\d{6}\?notice=order-placed$/);
  await expect(page.getByTestId("notice")).toHaveText("Thank you, your order has been placed.");
  const number = (await page.getByTestId("order-number").textContent())!.replace("Order ", "");
  await expect(page.getByTestId("order-total")).toHaveText("€36.97");
  await expect(page.getByTestId("shipping-address")).toContainText(`Dock Street ${t}`);
  await expect(page.getByTestId("billing-address")).toContainText(`Invoice Road ${t}`);
  await expect(page.getByTestId("order-po")).toHaveText(`PO-${t}`);

  const order = await db.order.findUniqueOrThrow({ where: { number }, include: { lines: true } });
  expect(order).toMatchObject({ customerUserId: customer.id, total: 3697, poNumber: `PO-${t}` });
  expect(await db.shoppingList.count({ where: { customerUserId: customer.id } })).toBe(0);

  await page.getByRole("link", { name: "Orders", exact: true }).click();
  await expect(page.getByTestId("order-row").filter({ hasText: number })).toContainText("€36.97");

  const [mail] = await receivedMail(email);
  const text = textOf(mail!.raw);
  expect(text).toContain(`Your order ${number} at Concierge Wholesale`);
  expect(text).toMatch(new RegExp(`https?://\\S+/orders/${number}`));

  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.goto(`/admin/orders?q=${number}`);
  const row = page.getByTestId("order-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`Shop Co ${email}`);
  await expect(row).toContainText(`Carla Buyer ${t}`);
  await expect(row).toContainText("€36.97");
  await row.getByRole("link", { name: number }).click();
  await expect(page.getByTestId("order-created-by")).toHaveText("The customer");
  await expect(page.getByTestId("shipping-address")).toContainText(`Dock Street ${t}`);
});
