import { expect, test } from "@playwright/test";

import { formReady, signInOk } from "./fixtures/auth";
import { createStaff, db, tag } from "./fixtures/db";

test("a user switches the back office to German and it applies at once, dates included", async ({ page }) => {
  const t = tag();
  const email = `sprache-${t}@example.com`;
  await createStaff({ email, password: `Sprache-pass-${t}`, lastName: `Sprache ${t}`, group: "Read-only" });
  await signInOk(page, email, `Sprache-pass-${t}`);

  await page.getByRole("link", { name: "My account" }).click();
  await formReady(page);
  await page.getByLabel("Interface language").selectOption("de");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: "Mein Konto" })).toBeVisible();
  await expect(page.getByTestId("notice")).toHaveText("Ihre Einstellungen wurden gespeichert.");
  expect((await db.staffUser.findUniqueOrThrow({ where: { email } })).locale).toBe("de");

  await page
    .getByRole("navigation", { name: "Hauptnavigation" })
    .getByRole("link", { name: "Benutzer", exact: true })
    .click();
  await expect(page.getByRole("heading", { name: "Benutzer" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Letzte Anmeldung" })).toBeVisible();
  await page.getByLabel("Nach Name oder E-Mail suchen").fill(t);
  await page.getByRole("button", { name: "Suchen" }).click();
  // German date format: day.month.year
  await expect(page.getByTestId("user-row").filter({ hasText: email }).locator("td").nth(3)).toHaveText(
    /^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} UTC$/,
  );
  await expect(page.getByRole("button", { name: "Abmelden" })).toBeVisible();

  // a fresh sign-in keeps the saved language
  await page.getByRole("button", { name: "Abmelden" }).click();
  await signInOk(page, email, `Sprache-pass-${t}`);
  await expect(page.getByRole("link", { name: "Mein Konto" })).toBeVisible();
});
