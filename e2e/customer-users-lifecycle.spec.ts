import { verify } from "@node-rs/argon2";
import { expect, test, type Page } from "@playwright/test";

import { confirm, formReady, menuItem, signInOk } from "./fixtures/auth";
import { ADMIN, db, tag } from "./fixtures/db";
import { receivedMail, textOf } from "./fixtures/mail";

test.beforeEach(async ({ page }) => {
  await signInOk(page, ADMIN.email, ADMIN.password);
});

async function createCompany(page: Page, name: string, parent?: string) {
  await page.goto("/admin/companies/new");
  await formReady(page);
  await page.getByLabel("Name", { exact: true }).fill(name);
  if (parent) {
    await page.getByRole("combobox", { name: "Parent company" }).fill(parent);
    await page.getByRole("option", { name: parent, exact: true }).click();
  }
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByTestId("notice")).toHaveText("The company has been created.");
}

async function openRowMenu(page: Page, email: string) {
  await page.goto(`/admin/customer-users?email=${encodeURIComponent(email)}`);
  const row = page.getByTestId("customer-user-row");
  await expect(row).toHaveCount(1);
  await row.getByLabel("More options").click();
  return row;
}

test("a customer user of a subsidiary: role required, welcome mail with working credentials, disable/enable, language reset on website change, delete", async ({
  page,
}) => {
  const t = tag();
  const parent = `Holding ${t}`;
  const child = `Branch ${t}`;
  const email = `buyer-${t}@example.com`;
  await createCompany(page, parent);
  await createCompany(page, child, parent);

  await page.goto("/admin/customer-users");
  await page.getByRole("link", { name: "Create Customer User" }).click();
  await formReady(page);
  await page.locator("#firstName").fill("Berta");
  await page.locator("#lastName").fill(`Buyer ${t}`);
  await page.locator("#email").fill(email.toUpperCase());
  await page.getByRole("combobox", { name: "Company", exact: true }).fill(child);
  await page.getByRole("option", { name: `${parent} › ${child}` }).click();
  await expect(page.getByLabel("Enabled")).toBeChecked();

  // enabled without a role: refused at the roles field, nothing written
  await page.getByRole("button", { name: "Save customer user" }).click();
  await expect(page.getByTestId("roleIds-error")).toHaveText("An enabled customer user needs at least one role.");
  expect(await db.customerUser.count({ where: { email } })).toBe(0);

  await page.getByRole("checkbox", { name: /^Buyer/ }).check();
  await expect(page.getByTestId("roleIds-error")).toHaveCount(0);
  await expect(page.getByLabel("Generate password")).toBeChecked();
  await expect(page.getByLabel("Send welcome e-mail with the sign-in details")).toBeChecked();
  await page.getByRole("button", { name: "Save customer user" }).click();
  await expect(page).toHaveURL(/\/admin\/customer-users\/[^/?]+\?notice=created-welcome$/);

  await expect(page.getByTestId("notice")).toHaveText(
    "The customer user was created and the welcome e-mail is on its way.",
  );
  await expect(page.getByTestId("customer-user-name")).toHaveText(`Berta Buyer ${t}`);
  // the view page's history tabs: empty lists say so, the activity lists the welcome mail
  const tabs = page.getByRole("navigation", { name: "History" });
  await tabs.getByRole("link", { name: "Orders" }).click();
  await expect(page.getByTestId("tab-orders")).toContainText("No orders yet.");
  await tabs.getByRole("link", { name: "Shopping lists" }).click();
  await expect(page.getByTestId("tab-shopping-lists")).toContainText("No shopping lists yet.");
  await tabs.getByRole("link", { name: "Activity" }).click();
  await expect(page.getByTestId("tab-activity")).toContainText("Welcome to Concierge Shop");

  const user = await db.customerUser.findFirstOrThrow({
    where: { email },
    omit: { passwordHash: false },
    include: { company: true, roles: { include: { role: true } } },
  });
  expect(user.company.name).toBe(child);
  expect(user.roles.map((r) => r.role.name)).toEqual(["Buyer"]);

  // the company's page lists its users
  await page.goto(`/admin/companies/${user.companyId}`);
  await expect(page.getByTestId("company-users")).toContainText(`Berta Buyer ${t} · ${email}`);

  // the welcome mail went through the worker to a real SMTP server, with credentials that work
  const [mail] = await receivedMail(email);
  const text = textOf(mail!.raw);
  expect(text).toContain(`E-mail: ${email}`);
  const password = /Password: (\S+)/.exec(text)?.[1];
  expect(password).toBeTruthy();
  expect(await verify(user.passwordHash!, password!)).toBe(true);
  // the mail's sign-in link opens the user's website, where the credentials sign them in
  const loginUrl = /Sign in at (\S+)/.exec(text)?.[1];
  expect(loginUrl).toBe(`${(await db.website.findUniqueOrThrow({ where: { code: "shop" } })).baseUrl}/login`);
  const shop = await page.context().newPage();
  await shop.goto(loginUrl!);
  await shop.locator("form[data-hydrated=true]").waitFor();
  await shop.getByLabel("E-mail").fill(email);
  await shop.getByLabel("Password", { exact: true }).fill(password!);
  await shop.getByRole("button", { name: "Sign in" }).click();
  await expect(shop.getByTestId("account-email")).toHaveText(email);
  await shop.close();
  // and the outbox kept no copy of the password
  await expect
    .poll(async () => (await db.emailMessage.findFirstOrThrow({ where: { to: email } })).text)
    .toContain("Password: ••••••••");

  // disable and enable from the grid's "More options"
  let row = await openRowMenu(page, email);
  await menuItem(page, "Disable");
  await confirm(page, "Disable");
  await expect(row.getByTestId("customer-user-enabled")).toHaveText("No");
  const disabled = await db.customerUser.findUniqueOrThrow({ where: { id: user.id } });
  expect(disabled.sessionVersion).toBe(user.sessionVersion + 1);
  row = await openRowMenu(page, email);
  await menuItem(page, "Enable");
  await confirm(page, "Enable");
  await expect(row.getByTestId("customer-user-enabled")).toHaveText("Yes");

  // the preferred language is offered only where the website has several, and cleared on a website change
  row = await openRowMenu(page, email);
  await menuItem(page, "Edit");
  await formReady(page);
  const language = page.getByLabel("Preferred localization");
  await language.selectOption({ label: "Deutsch" });
  await page.getByLabel("Website of registration").selectOption({ label: "Concierge Wholesale" });
  await expect(language).toHaveCount(0);
  await page.getByLabel("Website of registration").selectOption({ label: "Concierge Shop" });
  await expect(language).toHaveValue("");
  await language.selectOption({ label: "Deutsch" });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/\?notice=updated$/);
  const de = await db.localization.findUniqueOrThrow({ where: { code: "de" } });
  expect((await db.customerUser.findUniqueOrThrow({ where: { id: user.id } })).preferredLocalizationId).toBe(de.id);

  // delete through the warning page
  row = await openRowMenu(page, email);
  await menuItem(page, "Delete");
  await expect(page.getByRole("heading", { name: "Delete customer user" })).toBeVisible();
  await page.getByRole("button", { name: "Delete customer user" }).click();
  await expect(page.getByTestId("notice")).toHaveText("The customer user was deleted.");
  expect(await db.customerUser.findUnique({ where: { id: user.id } })).toBeNull();
});

test("an address added on the form is saved with its default flags, and a bad country is refused at the field", async ({
  page,
}) => {
  const t = tag();
  const website = await db.website.findUniqueOrThrow({ where: { code: "shop" } });
  const company = await db.company.create({ data: { name: `Addr Co ${t}`, websiteId: website.id } });
  const user = await db.customerUser.create({
    data: {
      email: `addr-${t}@example.com`,
      firstName: "Ada",
      lastName: `Addr ${t}`,
      companyId: company.id,
      websiteId: website.id,
      enabled: false,
    },
  });

  await page.goto(`/admin/customer-users/${user.id}/edit`);
  await formReady(page);
  await page.getByRole("button", { name: "Add address" }).click();
  const address = page.getByTestId("address-row");
  await address.getByLabel("Street", { exact: true }).fill("Hauptstraße 5");
  await address.getByLabel("City").fill("Berlin");
  await address.getByLabel("Postal code").fill("10115");
  await address.getByLabel("Country (two letters)").fill("Germany");
  await address.getByLabel("Default shipping").check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("addresses.0.country-error")).toHaveText("Enter a two-letter country code, e.g. DE.");

  await address.getByLabel("Country (two letters)").fill("de");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/\?notice=updated$/);
  const saved = await db.customerAddress.findMany({ where: { customerUserId: user.id } });
  expect(saved).toMatchObject([
    {
      street: "Hauptstraße 5",
      country: "DE",
      billing: true,
      shipping: true,
      defaultShipping: true,
      defaultBilling: false,
    },
  ]);
});

test("a customer user created disabled gets no credentials; the welcome e-mail goes out, with a new password, on enabling", async ({
  page,
}) => {
  const t = tag();
  const email = `later-${t}@example.com`;
  const website = await db.website.findUniqueOrThrow({ where: { code: "shop" } });
  const company = await db.company.create({ data: { name: `Later Co ${t}`, websiteId: website.id } });

  await page.goto("/admin/customer-users/new");
  await formReady(page);
  await page.locator("#firstName").fill("Lena");
  await page.locator("#lastName").fill(`Later ${t}`);
  await page.locator("#email").fill(email);
  await page.getByRole("combobox", { name: "Company", exact: true }).fill(company.name);
  await page.getByRole("option", { name: company.name }).click();
  await page.getByRole("checkbox", { name: /^Buyer/ }).check();
  await page.getByLabel("Enabled").uncheck();
  await expect(page.getByLabel("Send welcome e-mail with the sign-in details")).toBeChecked();
  await expect(page.getByTestId("welcome-on-enable")).toHaveText(
    "The account is disabled: the welcome e-mail goes out, with a new password, when it is enabled.",
  );
  await page.getByRole("button", { name: "Save customer user" }).click();
  await expect(page.getByTestId("notice")).toHaveText(
    "The customer user was created disabled: the welcome e-mail goes out, with a new password, when the account is enabled.",
  );

  // nothing is queued for the disabled account, so nothing can reach the mail server
  const user = await db.customerUser.findFirstOrThrow({ where: { email } });
  expect(await db.emailMessage.count({ where: { to: email } })).toBe(0);

  const row = await openRowMenu(page, email);
  await menuItem(page, "Enable");
  await confirm(page, "Enable");
  await expect(row.getByTestId("customer-user-enabled")).toHaveText("Yes");
  const [mail] = await receivedMail(email);
  const text = textOf(mail!.raw);
  const password = /Password: (\S+)/.exec(text)?.[1];
  expect(password).toBeTruthy();
  const enabled = await db.customerUser.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
  expect(await verify(enabled.passwordHash!, password!)).toBe(true);
  expect(enabled.welcomePending).toBe(false);

  // the credentials sign in; disabling and enabling again sends nothing more
  const shop = await page.context().newPage();
  await shop.goto(/Sign in at (\S+)/.exec(text)![1]!);
  await shop.locator("form[data-hydrated=true]").waitFor();
  await shop.getByLabel("E-mail").fill(email);
  await shop.getByLabel("Password", { exact: true }).fill(password!);
  await shop.getByRole("button", { name: "Sign in" }).click();
  await expect(shop.getByTestId("account-email")).toHaveText(email);
  await shop.close();
  expect(await db.emailMessage.count({ where: { to: email } })).toBe(1);
});
