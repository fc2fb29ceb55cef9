import { expect, test, type Page } from "@playwright/test";

import { formReady, signInOk } from "./fixtures/auth";
import { ADMIN, createStaff, db, tag } from "./fixtures/db";

async function customerUser(t: string) {
  const website = await db.website.findUniqueOrThrow({ where: { code: "shop" } });
  const parent = await db.company.create({ data: { name: `View Holding ${t}`, websiteId: website.id } });
  const company = await db.company.create({
    data: { name: `View Co ${t}`, parentId: parent.id, websiteId: website.id },
  });
  const role = await db.customerRole.create({
    data: {
      name: `View buyer ${t}`,
      capabilities: ["place-orders"],
      permissions: { create: [{ entity: "order", action: "VIEW", level: "COMPANY" }] },
    },
  });
  const user = await db.customerUser.create({
    data: {
      companyId: company.id,
      websiteId: website.id,
      email: `view-${t}@example.com`,
      namePrefix: "Dr.",
      firstName: "Vera",
      middleName: "Maria",
      lastName: `Viewed${t}`,
      birthday: new Date("1990-05-15T00:00:00Z"),
      phone: "+49 30 1234",
      confirmed: true,
      roles: { create: [{ roleId: role.id }] },
      addresses: {
        create: [
          {
            street: "First Street 1",
            city: "Berlin",
            postalCode: "10115",
            country: "DE",
            billing: true,
            shipping: true,
            defaultBilling: true,
            defaultShipping: true,
          },
        ],
      },
    },
  });
  return { website, company, parent, user };
}

async function setQuickActionMode(page: Page, label: string) {
  await page.goto("/admin/settings");
  await formReady(page);
  await page.getByLabel(label).check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByTestId("notice")).toHaveText("The settings were saved.");
}

test("a customer user's page shows their facts and history, takes notes, and creates orders and addresses through quick actions", async ({
  page,
}) => {
  const t = tag();
  const { company, parent, user } = await customerUser(t);
  await db.order.create({
    data: {
      number: `E2E-${t}`,
      companyId: company.id,
      customerUserId: user.id,
      currency: "EUR",
      subtotal: 1250,
      total: 1250,
      poNumber: `OLD-${t}`,
    },
  });
  const consent = await db.consent.create({ data: { code: `news-${t}`, name: `Newsletter ${t}` } });
  await db.consentAcceptance.create({ data: { consentId: consent.id, customerUserId: user.id } });
  const mail = await db.emailMessage.create({
    data: {
      idempotencyKey: `view-${t}`,
      to: user.email,
      subject: `Welcome ${t}`,
      text: "Hello",
      recipientType: "customer-user",
      recipientId: user.id,
    },
  });

  await signInOk(page, ADMIN.email, ADMIN.password);
  await setQuickActionMode(page, "In a dialog on the same page");
  const viewUrl = `/admin/customer-users/${user.id}`;
  await page.goto(viewUrl);

  // general information, addresses and the permissions the role grants
  await expect(page.getByTestId("customer-user-name")).toHaveText(`Dr. Vera Maria Viewed${t}`);
  await expect(page.getByTestId("info-email")).toHaveText(user.email);
  await expect(page.getByTestId("info-confirmed")).toHaveText("Yes");
  await expect(page.getByTestId("info-company").getByRole("link")).toHaveAttribute(
    "href",
    `/admin/companies/${company.id}`,
  );
  await expect(page.getByTestId("info-parent-company")).toHaveText(parent.name);
  await expect(page.getByTestId("info-phone")).toHaveText("+49 30 1234");
  await expect(page.getByTestId("address-card")).toHaveCount(1);
  await expect(page.getByTestId("permission-order-VIEW")).toHaveText("Company");
  await expect(page.getByTestId("permission-quote-VIEW")).toHaveText("None");
  await expect(page.getByTestId("capabilities")).toHaveText("Place orders");
  await expect(page.getByRole("link", { name: "Edit", exact: true })).toHaveAttribute("href", `${viewUrl}/edit`);

  // each tab: its rows, or its empty message
  await expect(page.getByTestId("orders-row")).toHaveText([new RegExp(`E2E-${t}.*OLD-${t}.*€12\\.50`)]);
  // the menu has "Quotes" and "Requests for quote" too: the tabs are the history's links
  const history = page.getByRole("navigation", { name: "History" });
  const tab = async (name: string) => {
    await history.getByRole("link", { name, exact: true }).click();
    await expect(history.getByRole("link", { name, exact: true })).toHaveAttribute("aria-current", "page");
  };
  await tab("Quotes");
  await expect(page.getByTestId("quotes")).toContainText("No quotes yet.");
  await tab("Requests for quote");
  await expect(page.getByTestId("requests")).toContainText("No requests for quote yet.");
  await tab("Shopping lists");
  await expect(page.getByTestId("shopping-lists")).toContainText("No shopping lists yet.");
  await tab("Consents");
  await expect(page.getByTestId("consents-row")).toContainText(`Newsletter ${t}`);
  await tab("Activity");
  await expect(page.getByRole("link", { name: `Welcome ${t}` })).toHaveAttribute("href", `/admin/mailbox/${mail.id}`);
  await expect(page.getByTestId("notes-empty")).toHaveText("No notes yet.");

  // a note: refused empty at the field, then listed with its author
  await page.locator("[data-testid=note-form][data-hydrated=true]").waitFor();
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByTestId("note-body-error")).toHaveText("This field is required.");
  await page.getByLabel("Note").fill(`Asked for a callback ${t}`);
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByTestId("note-body")).toHaveText(`Asked for a callback ${t}`);
  await expect(page.getByTestId("note-author")).toHaveText("Ada Admin");

  // dialog mode: the order form opens on this page with the customer's addresses, takes products of the catalog at the
  // customer's price, refuses an unknown SKU and a bad price at their fields, then saves
  const anvil = await db.product.create({ data: { sku: `ANV-${t}`, name: `Anvil ${t}`, basePrice: 1999 } });
  await page.getByTestId("quick-order").click();
  const dialog = page.getByRole("dialog", { name: "New order" });
  await expect(dialog).toBeVisible();
  await dialog.locator("form[data-hydrated=true]").waitFor();
  await expect(dialog.getByLabel("Billing address")).toContainText("First Street 1");
  await expect(dialog.getByLabel("Shipping address")).toContainText("First Street 1");
  await dialog.getByLabel("PO number").fill(`PO-${t}`);
  await dialog.getByLabel("SKU 1").fill(`NOPE-${t}`);
  await dialog.getByRole("button", { name: "Create order" }).click();
  await expect(dialog.getByTestId("order-lines-0-sku-error")).toHaveText(
    `No product with SKU NOPE-${t} is available to this customer.`,
  );
  await dialog.getByLabel("SKU 1").fill(anvil.sku);
  await dialog.getByLabel("Quantity 1").fill("3");
  await expect(dialog.getByTestId("order-lines-0-name")).toHaveText(`Anvil ${t}`);
  await expect(dialog.getByTestId("order-lines-0-total")).toHaveText("€59.97");
  await expect(dialog.getByLabel("Unit price (EUR) 1")).toHaveAttribute("placeholder", "19.99");
  await dialog.getByLabel("Unit price (EUR) 1").fill("19,999");
  await dialog.getByRole("button", { name: "Create order" }).click();
  await expect(dialog.getByTestId("order-lines-0-unitPrice-error")).toHaveText("Enter a price such as 12.50.");
  await dialog.getByLabel("Unit price (EUR) 1").fill("");
  await dialog.getByRole("button", { name: "Create order" }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`${viewUrl}\\?tab=orders&notice=order-created$`));
  await expect(page.getByTestId("notice")).toHaveText("The order was created.");
  await expect(page.getByTestId("orders-row").first()).toContainText(`PO-${t}`);
  await expect(page.getByTestId("orders-row").first()).toContainText("€59.97");
  await expect(page.getByTestId("orders-row").first()).toContainText("Ada Admin");
  const order = await db.order.findFirstOrThrow({
    where: { customerUserId: user.id, poNumber: `PO-${t}` },
    include: { lines: true },
  });
  expect(order.total).toBe(5997);
  expect(order.lines.map((l) => [l.sku, l.name, l.quantity, l.unitPrice])).toEqual([[anvil.sku, anvil.name, 3, 1999]]);
  expect(order.billingAddress).toMatchObject({ street: "First Street 1", city: "Berlin" });
  expect(order.number).toMatch(/^SO-\d{6}$/);

  // new-tab mode: plain links that open the form's page in another tab
  await setQuickActionMode(page, "In a new browser tab");
  await page.goto(viewUrl);
  await expect(page.getByTestId("quick-quote")).toHaveAttribute("target", "_blank");
  await expect(page.getByTestId("quick-quote")).toHaveAttribute("href", `${viewUrl}/quotes/new`);

  // same-page mode: the address form replaces the view, and a new default billing address takes over
  await setQuickActionMode(page, "Instead of the current page");
  await page.goto(viewUrl);
  await page.getByTestId("quick-address").click();
  await expect(page).toHaveURL(new RegExp(`${viewUrl}/addresses/new$`));
  await formReady(page);
  await page.getByLabel("Street", { exact: true }).fill("Second Street 2");
  await page.getByLabel("Postal code").fill("80331");
  await page.getByLabel("City").fill("Munich");
  await page.getByLabel("Country (ISO code)").fill("de");
  await page.getByLabel("Shipping", { exact: true }).uncheck();
  await page.getByLabel("Default billing").check();
  await page.getByRole("button", { name: "Save address" }).click();
  await expect(page).toHaveURL(new RegExp(`${viewUrl}\\?notice=address-created$`));
  await expect(page.getByTestId("address-card")).toHaveCount(2);
  await expect(
    page.getByTestId("address-card").filter({ hasText: "Second Street 2" }).getByTestId("default-billing"),
  ).toBeVisible();
  await expect(
    page.getByTestId("address-card").filter({ hasText: "First Street 1" }).getByTestId("default-billing"),
  ).toHaveCount(0);
});

test("a read-only staff member sees the page in their language, without edit links, quick actions or the note form", async ({
  page,
}) => {
  const t = tag();
  const { user } = await customerUser(t);
  const password = `Read-only-${t}-2026`;
  const viewer = await createStaff({ email: `ro-${t}@example.com`, password, group: "Read-only" });
  await db.staffUser.update({ where: { id: viewer.id }, data: { locale: "de" } });

  await signInOk(page, viewer.email, password);
  await page.goto(`/admin/customer-users/${user.id}`);
  await expect(page.getByRole("heading", { name: "Allgemeine Informationen" })).toBeVisible();
  await expect(page.getByTestId("info-birthday")).toHaveText("15.05.1990");
  await expect(page.getByTestId("orders")).toContainText("Noch keine Bestellungen.");
  await expect(page.getByTestId("quick-actions")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Bearbeiten", exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Löschen", exact: true })).toHaveCount(0);
  await page.getByRole("link", { name: "Aktivität", exact: true }).click();
  await expect(page.getByTestId("notes-empty")).toBeVisible();
  await expect(page.getByTestId("note-form")).toHaveCount(0);

  // the quick actions' pages refuse as well
  const response = await page.goto(`/admin/customer-users/${user.id}/orders/new`);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Zugriff verweigert" })).toBeVisible();
  await expect(page.getByTestId("order-form")).toHaveCount(0);
});

test("staff without the price permission place an order at the customer's own price, with no price field to change", async ({
  page,
}) => {
  const t = tag();
  const { company, user } = await customerUser(t);
  const product = await db.product.create({ data: { sku: `DEAL-${t}`, name: `Deal ${t}`, basePrice: 2000 } });
  await db.priceList.create({
    data: {
      name: `Deal ${t}`,
      entries: { create: [{ productId: product.id, price: 1500 }] },
      companies: { create: [{ companyId: company.id }] },
    },
  });
  const service = { email: `service-${t}@example.com`, password: "Service-pass-2026" };
  await createStaff({ ...service, group: "Customer Service" });
  await signInOk(page, service.email, service.password);
  await page.goto(`/admin/customer-users/${user.id}/orders/new`);
  await formReady(page);
  await page.getByLabel("SKU 1").fill(product.sku);
  await page.getByLabel("Quantity 1").fill("2");
  await expect(page.getByTestId("order-lines-0-price")).toHaveText("€15.00");
  await expect(page.getByTestId("order-lines-0-total")).toHaveText("€30.00");
  await expect(page.getByLabel("Unit price (EUR) 1")).toHaveCount(0);
  await page.getByRole("button", { name: "Create order" }).click();
  await expect(page).toHaveURL(/tab=orders&notice=order-created$/);
  const order = await db.order.findFirstOrThrow({ where: { customerUserId: user.id }, include: { lines: true } });
  expect(order.lines.map((l) => [l.sku, l.quantity, l.unitPrice])).toEqual([[product.sku, 2, 1500]]);
  expect(order.shippingAddress).toMatchObject({ street: "First Street 1" });
});
