import { expect, test } from "@playwright/test";

import { formReady, signInOk } from "./fixtures/auth";
import { ADMIN, tag } from "./fixtures/db";
import { revealText, undeliverable } from "./fixtures/mail";
import { shopSignInOk } from "./fixtures/shop";

test("register, confirm from the mailbox, sign in, add to a shopping list and order", async ({ page }) => {
  const t = tag();
  // an address the test SMTP server refuses: the confirmation stays in the outbox, read in the mailbox
  const email = undeliverable(`journey-${t}`);
  const password = `Trip-${t}-Pass1`;

  await page.goto("/register");
  await formReady(page);
  await page.getByLabel("First name").fill("Jana");
  await page.getByLabel("Last name").fill(`Journey ${t}`);
  await page.getByLabel("Company name").fill(`Journey Co ${t}`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Repeat password").fill(password);
  const terms = page.getByRole("checkbox", { name: /Terms of use/ });
  if ((await terms.count()) > 0) await terms.check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/login\?notice=registered$/);

  // the confirmation e-mail, read in the back office's mailbox
  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/mailbox");
  await page.getByLabel("Recipient contains").fill(email);
  await page.getByRole("button", { name: "Search" }).click();
  // the list shows every message until the search lands: wait for the filtered row itself
  const row = page.getByTestId("mail-row").filter({ has: page.getByTestId("mail-to").filter({ hasText: email }) });
  await expect(row).toHaveCount(1);
  await row.getByRole("link").first().click();
  // the link is masked until an admin reveals it
  await expect(page.getByTestId("mail-text")).toContainText("••••••••");
  await expect(page.getByTestId("mail-text")).not.toContainText("/confirm?token=");
  const link = /https?:\/\/\S+\/confirm\?token=[\w-]+/.exec(await revealText(page))![0];
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm my account" }).click();
  await expect(page).toHaveURL(/\/login\?notice=confirmed$/);

  await shopSignInOk(page, email, password);
  await page.getByRole("link", { name: "Address book" }).click();
  await page.locator("[data-testid=address-form-new][data-hydrated=true]").waitFor();
  await page.getByLabel("Street", { exact: true }).fill(`Journey Street ${t}`);
  await page.getByLabel("Postal code").fill("10115");
  await page.getByLabel("City").fill("Berlin");
  await page.getByLabel("Country (ISO code, e.g. DE)").fill("DE");
  await page.getByRole("button", { name: "Save address" }).click();
  await expect(page.getByTestId("address-entry")).toHaveCount(1);

  await page.goto("/products/LAMP-LED");
  await formReady(page);
  await page.getByTestId("add-to-list-LAMP-LED").getByLabel("Quantity").fill("3");
  await page.getByTestId("add-to-list-LAMP-LED").getByRole("button", { name: "Add to list" }).click();
  await expect(page.getByTestId("add-to-list-status")).toContainText("Added to your current shopping list.");

  await page.getByRole("link", { name: /^Shopping lists, / }).click();
  await page.getByRole("link", { name: "Shopping list", exact: true }).click();
  await expect(page.getByTestId("list-subtotal")).toHaveText("€119.70");
  await page.getByRole("link", { name: "Check out" }).click();
  await page.locator("[data-testid=checkout-form][data-hydrated=true]").waitFor();
  await expect(page.getByLabel("Shipping address")).toHaveValue(/.+/);
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page).toHaveURL(/\/orders\/SO-\d{6}\?notice=order-placed$/);
  await expect(page.getByTestId("order-total")).toHaveText("€119.70");
  await expect(page.getByTestId("shipping-address")).toContainText(`Journey Street ${t}`);
});
