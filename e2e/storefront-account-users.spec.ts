import { verify } from "@node-rs/argon2";
import { expect, test, type Page } from "@playwright/test";

import { confirm } from "./fixtures/auth";
import { db, tag } from "./fixtures/db";
import { receivedMail, textOf } from "./fixtures/mail";
import { createCustomer, shopSignInOk } from "./fixtures/shop";

// createCustomer puts the administrator on the wholesale website, which the demo seed serves at 127.0.0.1 (the base URL)
const rowOf = (page: Page, email: string) => page.getByTestId("account-user-row").filter({ hasText: email });

test("a customer administrator creates a colleague with a generated password, edits, disables and deletes them", async ({
  page,
}) => {
  const t = tag();
  const admin = { email: `deleg-admin-${t}@example.com`, password: `Delegate-${t}-1` };
  await createCustomer(admin);
  await shopSignInOk(page, admin.email, admin.password);

  await page.getByRole("link", { name: "Users" }).click();
  await expect(rowOf(page, admin.email)).toContainText("(you)");
  await page.getByRole("link", { name: "Create user" }).click();
  await page.locator("form[data-hydrated=true]").waitFor();
  await page.getByLabel("First name").fill("Colin");
  await page.getByLabel("Last name").fill(`Colleague${t}`);
  const email = `deleg-colleague-${t}@example.com`;
  await page.getByLabel("E-mail", { exact: true }).fill(email);
  // enabled without a role is refused at the field
  await page.getByRole("button", { name: "Save user" }).click();
  await expect(page.getByTestId("roleIds-error")).toHaveText("An enabled customer user needs at least one role.");
  await page.getByRole("checkbox", { name: "Buyer", exact: true }).check();
  await expect(page.getByLabel("Generate password")).toBeChecked();
  await expect(page.getByLabel("Send welcome e-mail")).toBeChecked();
  await page.getByRole("button", { name: "Save user" }).click();
  await expect(page.getByTestId("notice")).toHaveText("The user was created.");
  await expect(rowOf(page, email)).toContainText("Buyer");

  const created = await db.customerUser.findFirstOrThrow({ where: { email }, include: { company: true } });
  expect(created.company.name).toBe(`Shop Co ${admin.email}`);
  const [mail] = await receivedMail(email);
  const password = /Password: (\S+)/.exec(textOf(mail!.raw))?.[1];
  expect(await verify(created.passwordHash!, password!)).toBe(true);

  await rowOf(page, email).getByRole("link", { name: "Edit" }).click();
  await page.locator("form[data-hydrated=true]").waitFor();
  await page.getByLabel("Last name").fill(`Renamed${t}`);
  await page.getByRole("button", { name: "Save user" }).click();
  await expect(page.getByTestId("notice")).toHaveText("The user was saved.");
  await expect(rowOf(page, email)).toContainText(`Colin Renamed${t}`);

  // reset the colleague's password: it stops working and the link goes out
  await rowOf(page, email).getByRole("button", { name: "Reset password" }).click();
  await confirm(page, "Reset password");
  await expect(page.getByTestId("action-notice")).toHaveText(
    "The password was reset; the e-mail with the link is on its way.",
  );
  expect(await db.customerUser.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
    passwordStatus: "RESET",
    sessionVersion: created.sessionVersion + 1,
  });
  await expect
    .poll(async () => (await receivedMail(email)).some((m) => /reset-password\?token=/.test(textOf(m.raw))))
    .toBe(true);

  await rowOf(page, email).getByRole("button", { name: "Disable" }).click();
  await confirm(page, "Disable");
  await expect(rowOf(page, email).getByTestId("account-user-status")).toHaveText("Disabled");
  expect(await db.customerUser.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
    enabled: false,
    sessionVersion: created.sessionVersion + 2,
  });

  await rowOf(page, email).getByRole("button", { name: "Delete" }).click();
  await confirm(page, "Delete");
  await expect(rowOf(page, email)).toHaveCount(0);
  expect(await db.customerUser.count({ where: { id: created.id } })).toBe(0);
  expect(await db.auditLog.count({ where: { entityId: created.id, actorLabel: `storefront: ${admin.email}` } })).toBe(
    5,
  );
});

test("a customer administrator creates, edits and deletes a role of their company, and cannot grant more than they have", async ({
  page,
}) => {
  const t = tag();
  const admin = { email: `deleg-roles-${t}@example.com`, password: `Delegate-${t}-1` };
  const user = await createCustomer(admin);
  await shopSignInOk(page, admin.email, admin.password);
  await page.goto("/account/roles");
  await expect(page.getByTestId("account-role-row").filter({ hasText: "Administrator" })).toContainText("Predefined");
  await page.getByRole("link", { name: "Create role" }).click();
  await page.locator("form[data-hydrated=true]").waitFor();
  await page.getByLabel("Name").fill(`Clerks ${t}`);
  await page.getByLabel("Users: View").selectOption("COMPANY");
  // the Administrator role assigns users only, never orders
  await page.getByLabel("Orders: Assign").selectOption("OWN");
  await page.getByLabel("Manage users").check();
  await page.getByRole("button", { name: "Save role" }).click();
  await expect(page.getByTestId("permissions.14.level-error")).toHaveText(
    "A role cannot grant more than you have yourself.",
  );
  expect(await db.customerRole.count({ where: { companyId: user.companyId } })).toBe(0);

  await page.getByLabel("Orders: Assign").selectOption("NONE");
  await page.getByRole("button", { name: "Save role" }).click();
  await expect(page.getByTestId("notice")).toHaveText("The role was created.");
  await expect(page.getByTestId("account-role-row").filter({ hasText: `Clerks ${t}` })).toContainText("Your company");
  const role = await db.customerRole.findFirstOrThrow({
    where: { companyId: user.companyId },
    include: { permissions: true },
  });
  expect(role).toMatchObject({ name: `Clerks ${t}`, selfManaged: true, capabilities: ["manage-users"] });
  expect(role.permissions.map((p) => `${p.entity}:${p.action}=${p.level}`)).toEqual(["customer-user:VIEW=COMPANY"]);

  await page
    .getByTestId("account-role-row")
    .filter({ hasText: `Clerks ${t}` })
    .getByRole("link", { name: "Edit" })
    .click();
  await page.locator("form[data-hydrated=true]").waitFor();
  await expect(page.getByLabel("Users: View")).toHaveValue("COMPANY");
  await page.getByLabel("Name").fill(`Senior clerks ${t}`);
  await page.getByRole("button", { name: "Save role" }).click();
  await expect(page.getByTestId("notice")).toHaveText("The role was saved.");
  await page
    .getByTestId("account-role-row")
    .filter({ hasText: `Senior clerks ${t}` })
    .getByRole("link", { name: "Edit" })
    .click();
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByTestId("notice")).toHaveText("The role was deleted.");
  expect(await db.customerRole.count({ where: { companyId: user.companyId } })).toBe(0);
});

test("a customer administrator posting another company's user id gets not found and nothing changes", async ({
  page,
}) => {
  const t = tag();
  const admin = { email: `deleg-a-${t}@example.com`, password: `Delegate-${t}-1` };
  const a = await createCustomer(admin);
  const b = await createCustomer({ email: `deleg-b-${t}@example.com`, password: `Delegate-${t}-2` });
  const colleague = await db.customerUser.create({
    data: {
      email: `deleg-a2-${t}@example.com`,
      firstName: "Ann",
      lastName: "Colleague",
      companyId: a.companyId,
      websiteId: a.websiteId,
      confirmed: true,
    },
  });
  await shopSignInOk(page, admin.email, admin.password);

  const res = await page.goto(`/account/users/${b.id}`);
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Edit user" })).toHaveCount(0);
  await expect(page.getByText(b.email)).toHaveCount(0);

  // the browser sends the other company's user id in place of the colleague's
  await page.goto("/account/users");
  await page.route("**/account/users*", async (route) => {
    const body = route.request().postData();
    if (route.request().method() !== "POST" || !body) return route.continue();
    await route.continue({ postData: body.replaceAll(colleague.id, b.id) });
  });
  const before = await db.customerUser.findMany({
    where: { id: { in: [b.id, colleague.id] } },
    orderBy: { id: "asc" },
  });
  // the refusal shows in the confirmation, which stays open until cancelled
  const dialog = page.getByRole("alertdialog");
  for (const action of ["Disable", "Delete"]) {
    await rowOf(page, colleague.email).getByRole("button", { name: action }).click();
    await dialog.getByRole("button", { name: action }).click();
    await expect(dialog.getByTestId("confirm-dialog-error")).toHaveText("This record no longer exists.");
    await dialog.getByRole("button", { name: "Cancel" }).click();
  }
  expect(
    await db.customerUser.findMany({ where: { id: { in: [b.id, colleague.id] } }, orderBy: { id: "asc" } }),
  ).toEqual(before);
  expect(await db.auditLog.count({ where: { entityId: { in: [b.id, colleague.id] } } })).toBe(0);
});

test("a colleague's password set by a customer administrator obeys the configured policy, as in the back office", async ({
  page,
}) => {
  const t = tag();
  const admin = { email: `deleg-policy-${t}@example.com`, password: `Delegate-${t}-1` };
  await createCustomer(admin);
  const saved = await db.systemSetting.findUnique({ where: { key: "passwordMinLength" } });
  await db.systemSetting.upsert({
    where: { key: "passwordMinLength" },
    create: { key: "passwordMinLength", value: 9 },
    update: { value: 9 },
  });
  try {
    await shopSignInOk(page, admin.email, admin.password);
    await page.goto("/account/users/new");
    await page.locator("form[data-hydrated=true]").waitFor();
    await page.getByLabel("First name").fill("Pia");
    await page.getByLabel("Last name").fill(`Policy${t}`);
    const email = `deleg-policy-colleague-${t}@example.com`;
    await page.getByLabel("E-mail", { exact: true }).fill(email);
    await page.getByRole("checkbox", { name: "Buyer", exact: true }).check();
    await page.getByLabel("Generate password").uncheck();
    await expect(page.locator("#password-hint")).toContainText("9");
    await page.getByLabel("Password", { exact: true }).fill("abcdefg1");
    await page.getByLabel("Repeat password").fill("abcdefg1");
    await page.getByRole("button", { name: "Save user" }).click();
    await expect(page.getByTestId("password-error")).toHaveText("Use at least 9 characters.");
    expect(await db.customerUser.count({ where: { email } })).toBe(0);
    await page.getByLabel("Password", { exact: true }).fill("abcdefgh1");
    await page.getByLabel("Repeat password").fill("abcdefgh1");
    await page.getByRole("button", { name: "Save user" }).click();
    await expect(page.getByTestId("notice")).toHaveText("The user was created.");
    expect(await db.customerUser.count({ where: { email } })).toBe(1);
  } finally {
    if (saved)
      await db.systemSetting.update({ where: { key: "passwordMinLength" }, data: { value: saved.value as never } });
    else await db.systemSetting.deleteMany({ where: { key: "passwordMinLength" } });
  }
});
