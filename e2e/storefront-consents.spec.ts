import { expect, test } from "@playwright/test";

import { formReady, signInOk } from "./fixtures/auth";
import { ADMIN, db, tag } from "./fixtures/db";
import { createCustomer, shopSignInOk } from "./fixtures/shop";

test("the consent ticked at registration is listed, with its time, on the customer user's back-office page", async ({
  page,
}) => {
  const t = tag();
  const email = `consent-${t}@example.com`;
  await page.goto("/register");
  await formReady(page);
  await page.getByLabel("First name").fill("Clara");
  await page.getByLabel("Last name").fill(`Consent ${t}`);
  await page.getByLabel("Company name").fill(`Consent Co ${t}`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(`Agree-${t}-1`);
  await page.getByLabel("Repeat password").fill(`Agree-${t}-1`);
  await expect(page.getByRole("link", { name: "Read: Terms of use" })).toHaveAttribute("href", "/pages/about");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("consents-error")).toHaveText("Please accept this to continue.");
  await page.getByRole("checkbox", { name: "Terms of use" }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/login\?notice=registered$/);

  const user = await db.customerUser.findFirstOrThrow({ where: { email } });
  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.goto(`/admin/customer-users/${user.id}?tab=consents`);
  await expect(page.getByTestId("consents-row")).toHaveText([/Terms of use.*\d{1,2}:\d{2}/]);
});

test("an optional consent is accepted and revoked in the account; the mandatory one cannot be revoked", async ({
  page,
}) => {
  const t = tag();
  const email = `consents-${t}@example.com`;
  const password = `Consents-${t}-1`;
  const user = await createCustomer({ email, password });
  await shopSignInOk(page, email, password);
  await page.getByRole("navigation", { name: "My account" }).getByRole("link", { name: "Consents" }).click();
  await expect(page.getByRole("heading", { name: "Consents", level: 1 })).toBeVisible();

  const terms = page.getByTestId("consent-entry").filter({ hasText: "Terms of use" });
  await expect(terms.getByRole("link", { name: "Read the terms" })).toHaveAttribute("href", "/pages/about");
  const marketing = page.getByTestId("consent-entry").filter({ hasText: "Marketing e-mails" });
  await expect(marketing.getByTestId("consent-status")).toHaveText("Not accepted");
  await marketing.getByRole("button", { name: "Accept: Marketing e-mails" }).click();
  await expect(page.getByTestId("notice")).toHaveText("You accepted Marketing e-mails.");
  await expect(marketing.getByTestId("consent-status")).toContainText("Accepted on");
  expect(
    await db.consentAcceptance.count({ where: { customerUserId: user.id, consent: { code: "marketing-emails" } } }),
  ).toBe(1);

  await terms.getByRole("button", { name: "Accept: Terms of use" }).click();
  await expect(terms.getByTestId("consent-status")).toContainText("Accepted on");
  await expect(terms.getByRole("button")).toHaveCount(0);

  await marketing.getByRole("button", { name: "Revoke: Marketing e-mails" }).click();
  await expect(page.getByTestId("notice")).toHaveText("You revoked Marketing e-mails.");
  await expect(marketing.getByTestId("consent-status")).toHaveText("Not accepted");
  expect(await db.consentAcceptance.count({ where: { customerUserId: user.id } })).toBe(1);
});
