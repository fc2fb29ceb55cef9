import { expect, test } from "@playwright/test";

import { formReady, signInOk } from "./fixtures/auth";
import { ADMIN, db, tag } from "./fixtures/db";
import { receivedMail, textOf } from "./fixtures/mail";
import { shopSignIn, shopSignInOk } from "./fixtures/shop";

test("register, a second registration of the address answered alike and mailed to its owner, confirm by the e-mailed link, sign in, keep the profile and address book, change the password", async ({
  page,
}) => {
  const t = tag();
  const email = `reg-${t}@example.com`;
  const password = `Register-${t}-1`;

  await page.goto("/register");
  await formReady(page);
  // field errors are translated and shown next to their fields
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("firstName-error")).toHaveText("This field is required.");
  await page.getByLabel("First name").fill("Rita");
  await page.getByLabel("Last name").fill(`Register ${t}`);
  await page.getByLabel("Company name").fill(`Register Co ${t}`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Repeat password").fill("something-else-1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("repeatPassword-error")).toHaveText("The passwords do not match.");
  await page.getByLabel("Repeat password").fill(password);
  await page.getByRole("checkbox", { name: "Terms of use" }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/login\?notice=registered$/);
  await expect(page.getByTestId("notice")).toContainText("We have sent you an e-mail");

  const user = await db.customerUser.findFirstOrThrow({
    where: { email },
    include: { company: true, roles: { include: { role: true } } },
  });
  expect(user).toMatchObject({ confirmed: false, company: { name: `Register Co ${t}` } });
  expect(user.roles.map((r) => r.role.name)).toEqual(["Administrator"]);

  // not yet confirmed: a clear message instead of a session
  await shopSignIn(page, email, password);
  await expect(page.getByTestId("login-error")).toHaveText(
    "Please confirm your account first: open the link in the e-mail we sent you after registering.",
  );

  const [mail] = await receivedMail(email);
  const link = /https?:\/\/\S+\/confirm\?token=[\w-]+/.exec(textOf(mail!.raw))![0];

  // someone else registering the same address sees exactly what a new address gets; the owner is told by mail
  await page.goto("/register");
  await formReady(page);
  await page.getByLabel("First name").fill("Mallory");
  await page.getByLabel("Last name").fill(`Intruder ${t}`);
  await page.getByLabel("Company name").fill(`Intruder Co ${t}`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(`Intruder-${t}-1`);
  await page.getByLabel("Repeat password").fill(`Intruder-${t}-1`);
  await page.getByRole("checkbox", { name: "Terms of use" }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/login\?notice=registered$/);
  await expect(page.getByTestId("notice")).toContainText("We have sent you an e-mail");
  expect(await db.customerUser.count({ where: { email } })).toBe(1);
  expect(await db.company.count({ where: { name: `Intruder Co ${t}` } })).toBe(0);
  let notice = "";
  await expect
    .poll(
      async () => {
        notice =
          (await receivedMail(email))
            .map((m) => textOf(m.raw))
            .find((text) => text.includes("Someone tried to register")) ?? "";
        return notice;
      },
      { timeout: 30_000 },
    )
    .not.toBe("");
  expect(notice).toContain(`Hello Rita Register ${t},`);
  expect(notice).toMatch(/https?:\/\/\S+\/forgot-password/);
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm my account" }).click();
  await expect(page).toHaveURL(/\/login\?notice=confirmed$/);
  expect((await db.customerUser.findUniqueOrThrow({ where: { id: user.id } })).confirmed).toBe(true);
  // the link works once
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm my account" }).click();
  await expect(page.getByTestId("confirm-error")).toHaveText(
    "This confirmation link is invalid, was already used or has expired.",
  );

  await shopSignInOk(page, email, password);
  await expect(page.getByTestId("shop-customer")).toHaveText(`Signed in as Rita Register ${t}`);
  await expect(page.getByTestId("account-company")).toHaveText(`Register Co ${t}`);

  await page.locator("[data-testid=profile-form][data-hydrated=true]").waitFor();
  await page.getByLabel("Phone").fill("+49 (30) 1234-5678");
  await page.getByLabel("Birthday").fill("1985-04-12");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByTestId("notice")).toHaveText("Your profile was saved.");
  expect(await db.customerUser.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ phone: "+493012345678" });

  await page.getByRole("link", { name: "Address book" }).click();
  await page.locator("[data-testid=address-form-new][data-hydrated=true]").waitFor();
  await page.getByLabel("Street", { exact: true }).fill("Hauptstraße 5");
  await page.getByLabel("Postal code").fill("10115");
  await page.getByLabel("City").fill("Berlin");
  await page.getByLabel("Country (ISO code, e.g. DE)").fill("XYZ");
  await page.getByRole("button", { name: "Save address" }).click();
  await expect(page.getByTestId("new-country-error")).toHaveText("Enter a two-letter country code, e.g. DE.");
  await page.getByLabel("Country (ISO code, e.g. DE)").fill("de");
  // an address's phone may be written as dialled in its country; it is kept in E.164 and edited as shown
  await page.getByLabel("Phone").fill("030 1234567");
  await page.getByRole("button", { name: "Save address" }).click();
  await expect(page.getByTestId("address-entry")).toHaveCount(1);
  await expect(page.getByTestId("address-text")).toContainText("10115 Berlin");
  expect(await db.customerAddress.findFirstOrThrow({ where: { customerUserId: user.id } })).toMatchObject({
    phone: "+49301234567",
  });
  await page.getByRole("button", { name: "Edit" }).click();
  await expect(page.getByTestId("address-entry").getByLabel("Phone")).toHaveValue("+49 30 1234567");
  await page.getByTestId("address-entry").getByLabel("City").fill("Potsdam");
  await page.getByTestId("address-entry").getByRole("button", { name: "Save address" }).click();
  await expect(page.getByTestId("address-text")).toContainText("10115 Potsdam");
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByTestId("address-entry")).toHaveCount(0);

  await page.getByRole("link", { name: "Profile" }).click();
  await page.locator("[data-testid=password-form][data-hydrated=true]").waitFor();
  await page.getByLabel("Current password").fill("not-my-password-1");
  await page.getByLabel("New password", { exact: true }).fill(`${password}-new`);
  await page.getByLabel("Repeat new password").fill(`${password}-new`);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByTestId("currentPassword-error")).toHaveText("The current password is not correct.");
  await page.getByLabel("Current password").fill(password);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByTestId("notice")).toHaveText("Your password was changed. Other devices were signed out.");
  // this browser stays signed in with the new session version
  await page.goto("/account");
  await expect(page.getByTestId("account-email")).toHaveText(email);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await shopSignInOk(page, email, `${password}-new`);

  // the back office's grid shows the account as confirmed
  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.goto(`/admin/customer-users?email=${encodeURIComponent(email)}`);
  await expect(page.getByTestId("customer-user-confirmed")).toHaveText("Yes");
});
