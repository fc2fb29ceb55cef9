import { expect, test } from "@playwright/test";

import { db, tag } from "./fixtures/db";
import { createCustomer, shopSignIn, shopSignInOk } from "./fixtures/shop";

test("a customer changes their sign-in e-mail with their password; a wrong password or a taken address is refused at the field", async ({
  page,
}) => {
  const t = tag();
  const password = `Mail-${t}-pass-1`;
  const user = await createCustomer({ email: `mover-${t}@example.com`, password });
  const other = await createCustomer({ email: `holder-${t}@example.com`, password });
  const next = `moved-${t}@example.com`;
  await shopSignInOk(page, user.email, password);
  await page.getByRole("link", { name: "Change e-mail address" }).click();

  const form = page.getByTestId("email-form");
  await form.and(page.locator("[data-hydrated=true]")).waitFor();
  await form.getByLabel("New e-mail address").fill(next);
  await form.getByLabel("Current password").fill("not-my-password-1");
  await form.getByRole("button", { name: "Change e-mail address" }).click();
  await expect(page.getByTestId("change-currentPassword-error")).toHaveText("The current password is not correct.");

  await form.getByLabel("New e-mail address").fill(other.email.toUpperCase());
  await form.getByLabel("Current password").fill(password);
  await form.getByRole("button", { name: "Change e-mail address" }).click();
  await expect(page.getByTestId("change-email-error")).toHaveText(
    "A customer user with this e-mail address already exists on this website.",
  );
  expect((await db.customerUser.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);

  await form.getByLabel("New e-mail address").fill(next);
  await form.getByRole("button", { name: "Change e-mail address" }).click();
  await expect(page.getByTestId("notice")).toHaveText(
    "Your e-mail address was changed. Sign in with the new one from now on.",
  );
  await expect(page.getByTestId("account-email")).toHaveText(next);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await shopSignIn(page, user.email, password);
  await expect(page.getByRole("alert")).toBeVisible();
  await shopSignInOk(page, next, password);
});
