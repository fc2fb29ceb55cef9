import { expect, test, type Page } from "@playwright/test";

import { formReady, signInOk } from "./fixtures/auth";
import { ADMIN, db, tag } from "./fixtures/db";
import { receivedMail, textOf } from "./fixtures/mail";
import { createCustomer, shopSignInOk } from "./fixtures/shop";

/** A billing and a shipping address, both defaults, in the customer's address book. */
async function defaultAddresses(customerUserId: string, t: string) {
  const address = (street: string, kind: object) =>
    db.customerAddress.create({
      data: { customerUserId, street, city: "Hamburg", postalCode: "20095", country: "DE", ...kind },
    });
  await address(`Invoice Road ${t}`, { billing: true, defaultBilling: true });
  await address(`Warehouse Lane ${t}`, { shipping: true, defaultShipping: true });
}

test("a customer asks for a quote, staff price and send it, the customer accepts it through checkout into an order with addresses", async ({
  page,
}) => {
  const t = tag();
  const email = `rfq-${t}@example.com`;
  const password = `Quote-${t}-1`;
  const user = await createCustomer({ email, password });
  await defaultAddresses(user.id, t);
  const sku = `E2E-RFQ-${t}`;
  await db.product.create({ data: { sku, name: `Crane ${t}`, basePrice: 9900 } });

  await shopSignInOk(page, email, password);
  await page.getByRole("link", { name: "My requests" }).click();
  await page.getByRole("link", { name: "Request a quote" }).click();
  await formReady(page);
  // a SKU the customer cannot buy is refused at its line, in words
  await page.getByLabel("SKU 1").fill(`NOPE-${t}`);
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByTestId("lines-0-sku-error")).toHaveText(`No product with SKU NOPE-${t} is available to you.`);
  await page.getByLabel("SKU 1").fill(sku);
  // checked in the browser, in words: the form's texts reach it
  await page.getByLabel("Quantity 1").fill("0");
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByTestId("lines-0-quantity-error")).toHaveText("Enter a whole number of at least 1.");
  await page.getByLabel("Quantity 1").fill("5");
  await page.getByLabel("PO number").fill(`PO-${t}`);
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByTestId("notice")).toContainText("your request was sent");
  const rfq = await db.requestForQuote.findFirstOrThrow({
    where: { customerUserId: user.id },
    include: { lines: true },
  });
  expect(rfq.lines.map((l) => [l.sku, l.name, l.quantity])).toEqual([[sku, `Crane ${t}`, 5]]);
  await expect(page.getByTestId("rfq-title")).toHaveText(`Request ${rfq.number}`);

  // staff find the request, answer it with a quote prefilled from its lines, and send it
  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.goto(`/admin/requests-for-quote?q=${encodeURIComponent(rfq.number)}`);
  await expect(page.getByTestId("rfq-row")).toHaveCount(1);
  await page.getByRole("link", { name: rfq.number }).click();
  await page.getByRole("link", { name: "Create quote" }).click();
  await formReady(page);
  await expect(page.getByLabel("SKU 1")).toHaveValue(sku);
  await expect(page.getByLabel("Quantity 1")).toHaveValue("5");
  await page.getByLabel("Valid until").fill("2999-12-31");
  await page.getByLabel("Unit price (EUR) 1").fill("12.50");
  await page.getByRole("button", { name: "Create quote" }).click();
  await expect(page.getByTestId("quote-status")).toHaveText("Draft");
  const quote = await db.quote.findFirstOrThrow({ where: { requestForQuoteId: rfq.id } });
  await page.getByRole("button", { name: "Send to customer" }).click();
  await expect(page.getByTestId("quote-status")).toHaveText("Sent");
  expect(await db.requestForQuote.findUniqueOrThrow({ where: { id: rfq.id } })).toMatchObject({ status: "QUOTED" });

  // the e-mail names the quote and links to it on the customer's shop
  const [mail] = await receivedMail(email);
  const text = textOf(mail!.raw);
  expect(text).toContain(quote.number);
  const link = new RegExp(`https?://\\S+/quotes/${quote.number}`).exec(text)![0];
  await page.goto(link);
  await expect(page.getByTestId("quote-status")).toHaveText("Open");
  await expect(page.getByTestId("quote-total")).toContainText("62.50");
  // accepting leads through checkout: the quote's lines and prices, the address book's defaults, the PO number
  await page.getByRole("link", { name: "Accept quote" }).click();
  await expect(page).toHaveURL(new RegExp(`/checkout\\?quote=${quote.id}$`));
  await page.locator("[data-testid=checkout-form][data-hydrated=true]").waitFor();
  await expect(page.getByTestId("checkout-lines").getByTestId("order-line-quantity")).toHaveText(["5"]);
  await expect(page.getByTestId("checkout-lines").getByTestId("order-total")).toHaveText("€62.50");
  await expect(page.getByLabel("Billing address")).toHaveValue(/.+/);
  await expect(page.getByLabel("Shipping address")).toHaveValue(/.+/);
  await page.getByLabel("PO number").fill(`PO-${t}`);
  expect(await db.order.count({ where: { customerUserId: user.id } })).toBe(0);
  await page.getByRole("button", { name: "Place order" }).click();

  await expect(page).toHaveURL(/\/orders\/SO-\d{6}\?notice=order-placed$/);
  const number = (await page.getByTestId("order-number").textContent())!.replace("Order ", "");
  await expect(page.getByTestId("order-total")).toHaveText("€62.50");
  await expect(page.getByTestId("billing-address")).toContainText(`Invoice Road ${t}`);
  await expect(page.getByTestId("shipping-address")).toContainText(`Warehouse Lane ${t}`);
  const order = await db.order.findUniqueOrThrow({ where: { number }, include: { lines: true } });
  expect(order).toMatchObject({ poNumber: `PO-${t}`, total: 6250, companyId: user.companyId, quoteId: quote.id });
  expect(order.lines.map((l) => [l.sku, l.quantity, l.unitPrice])).toEqual([[sku, 5, 1250]]);
  await page.goto(`/quotes/${quote.number}`);
  await expect(page.getByTestId("quote-status")).toHaveText("Accepted");
  await expect(page.getByRole("link", { name: "Accept quote" })).toHaveCount(0);

  // the back office (staff are still signed in from sending the quote) shows the same addresses
  await page.goto(`/admin/orders/${order.id}`);
  await expect(page.getByTestId("billing-address")).toContainText(`Invoice Road ${t}`);
  await expect(page.getByTestId("shipping-address")).toContainText(`Warehouse Lane ${t}`);
});

test("an expired quote reads Expired and cannot be accepted, even from a checkout opened before it expired", async ({
  page,
}) => {
  const t = tag();
  const email = `rfq-exp-${t}@example.com`;
  const password = `Quote-${t}-1`;
  const user = await createCustomer({ email, password });
  await defaultAddresses(user.id, t);
  const lines = { create: [{ sku: `X-${t}`, name: "Crane", quantity: 1, unitPrice: 500, lineTotal: 500 }] };
  const base = {
    companyId: user.companyId,
    customerUserId: user.id,
    currency: "EUR",
    total: 500,
    status: "SENT" as const,
    lines,
  };
  const old = await db.quote.create({
    data: { ...base, number: `QT-E${t}`, validUntil: new Date("2020-01-31T00:00:00Z") },
  });
  const open = await db.quote.create({
    data: { ...base, number: `QT-O${t}`, validUntil: new Date("2999-12-31T00:00:00Z") },
  });

  await shopSignInOk(page, email, password);
  await page.goto(`/quotes/${old.number}`);
  await expect(page.getByTestId("quote-status")).toHaveText("Expired");
  await expect(page.getByTestId("quote-expired")).toContainText("can no longer be accepted");
  await expect(page.getByRole("link", { name: "Accept quote" })).toHaveCount(0);

  await page.goto(`/quotes/${open.number}`);
  await page.getByRole("link", { name: "Accept quote" }).click();
  await page.locator("[data-testid=checkout-form][data-hydrated=true]").waitFor();
  await db.quote.update({ where: { id: open.id }, data: { validUntil: new Date("2020-01-31T00:00:00Z") } });
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("This quote has expired and can no longer be accepted.");
  expect(await db.order.count({ where: { companyId: user.companyId } })).toBe(0);
  expect(await db.quote.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({ status: "SENT" });
});

/** The request form, hydrated (a shopping list page has hydrated forms of its own). */
const rfqFormReady = (page: Page) => page.locator("[data-testid=rfq-form][data-hydrated=true]").waitFor();

test("'Request a quote' on a product page and on a shopping list opens the request prefilled; the header counts the lists", async ({
  page,
}) => {
  const t = tag();
  const email = `rfq-short-${t}@example.com`;
  const password = `Quote-${t}-2`;
  const user = await createCustomer({ email, password });
  const [drill, saw] = await Promise.all(
    ["Drill", "Saw"].map((name) =>
      db.product.create({ data: { sku: `E2E-${name.toUpperCase()}-${t}`, name: `${name} ${t}`, basePrice: 4900 } }),
    ),
  );
  const list = await db.shoppingList.create({
    data: {
      name: `Site kit ${t}`,
      companyId: user.companyId,
      customerUserId: user.id,
      lines: {
        create: [drill!, saw!].map((p, i) => ({ productId: p.id, sku: p.sku, name: p.name, quantity: 3 + i })),
      },
    },
  });

  await shopSignInOk(page, email, password);
  await expect(page.getByTestId("shopping-list-count")).toHaveText("1");

  // from the product page: the product, one piece
  await page.goto(`/products/${drill!.sku}`);
  await page.getByRole("link", { name: "Request a quote" }).click();
  await expect(page).toHaveURL(/\/quotes\/request\?sku=/);
  await rfqFormReady(page);
  await expect(page.getByLabel("SKU 1")).toHaveValue(drill!.sku);
  await expect(page.getByLabel("Quantity 1")).toHaveValue("1");
  await expect(page.getByTestId("rfq-line")).toHaveCount(1);

  // from the shopping list: its lines and quantities, sent as they are
  await page.goto(`/shopping-lists/${list.id}`);
  await page.getByRole("link", { name: "Request a quote" }).click();
  await expect(page).toHaveURL(/\/quotes\/request\?list=/);
  await rfqFormReady(page);
  await expect(page.getByLabel("SKU 1")).toHaveValue(drill!.sku);
  await expect(page.getByLabel("SKU 2")).toHaveValue(saw!.sku);
  await expect(page.getByLabel("Quantity 2")).toHaveValue("4");
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByTestId("notice")).toContainText("your request was sent");
  const rfq = await db.requestForQuote.findFirstOrThrow({
    where: { customerUserId: user.id },
    include: { lines: true },
  });
  expect(rfq.lines.map((l) => [l.sku, l.quantity]).sort()).toEqual(
    [
      [drill!.sku, 3],
      [saw!.sku, 4],
    ].sort(),
  );
});
