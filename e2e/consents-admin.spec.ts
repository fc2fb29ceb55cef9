import { expect, test } from "@playwright/test";

import { formReady, signInOk } from "./fixtures/auth";
import { ADMIN, db, tag } from "./fixtures/db";
import { createCustomer } from "./fixtures/shop";

test("a consent is created with its page under Content; once accepted it can only be deactivated, an unused one is deleted", async ({
  page,
}) => {
  const t = tag();
  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.getByRole("link", { name: "Consents" }).click();
  await page.getByRole("link", { name: "Create consent" }).click();
  await formReady(page);
  await page.getByLabel("Code").fill(`Bad code ${t}`);
  await page.getByRole("button", { name: "Create consent" }).click();
  await expect(page.getByTestId("code-error")).toHaveText("Use lower-case letters, digits and hyphens.");
  await page.getByLabel("Code").fill(`survey-${t}`);
  await page.getByLabel("Name").fill(`Surveys ${t}`);
  await page.getByLabel("Page stating the terms").selectOption({ label: "About us (/about)" });
  await page.getByRole("button", { name: "Create consent" }).click();
  await expect(page).toHaveURL(/\/admin\/consents\?notice=created$/);
  const row = page.getByTestId("consent-row").filter({ hasText: `survey-${t}` });
  await expect(row).toContainText("/pages/about");

  const consent = await db.consent.findUniqueOrThrow({ where: { code: `survey-${t}` } });
  const customer = await createCustomer({ email: `survey-${t}@example.com`, password: `Survey-pass-${t}` });
  await db.consentAcceptance.create({ data: { consentId: consent.id, customerUserId: customer.id } });
  await page.goto(`/admin/consents/${consent.id}/delete`);
  await expect(page.getByTestId("consent-in-use")).toHaveText(
    "1 customer user has accepted this consent: it cannot be deleted, but you can deactivate it.",
  );
  await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);

  const unused = await db.consent.create({ data: { code: `unused-${t}`, name: `Unused ${t}` } });
  await page.goto(`/admin/consents/${unused.id}/delete`);
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(/\/admin\/consents\?notice=deleted$/);
  expect(await db.consent.findUnique({ where: { id: unused.id } })).toBeNull();
});
