import { expect, test } from "@playwright/test";

import { signInOk } from "./fixtures/auth";
import { ADMIN, db, tag } from "./fixtures/db";
import { createCustomer, shopSignIn } from "./fixtures/shop";

// the demo seed serves the bilingual "Concierge Shop" at localhost and the English-only wholesale site at 127.0.0.1
const SHOP = (process.env.E2E_BASE_URL ?? `http://127.0.0.1:${process.env.E2E_PORT ?? 3104}`).replace(
  "127.0.0.1",
  "localhost",
);

test("the storefront speaks the customer's preferred localization while the back office keeps the staff user's language", async ({
  page,
}) => {
  const t = tag();
  const email = `lang-${t}@example.com`;
  const password = `Language-${t}-1`;
  const user = await createCustomer({ email, password, website: "shop" });
  const de = await db.localization.findUniqueOrThrow({ where: { code: "de" } });
  await db.customerUser.update({ where: { id: user.id }, data: { preferredLocalizationId: de.id } });

  // a visitor sees the website's default language
  await page.goto(`${SHOP}/login`);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.locator("form[data-hydrated=true]").waitFor();
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Mein Konto" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Abmelden" })).toBeVisible();

  // customer users belong to the website they registered on: the wholesale site does not know this one
  await shopSignIn(page, email, password);
  await expect(page.getByTestId("login-error")).toHaveText("Invalid e-mail or password.");

  await signInOk(page, ADMIN.email, ADMIN.password);
  await expect(page.getByRole("link", { name: "Customer Users" })).toBeVisible();
});
