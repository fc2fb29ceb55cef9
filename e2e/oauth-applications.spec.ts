import { expect, test, type Page } from "@playwright/test";

import { confirm, menuItem, signInOk } from "./fixtures/auth";
import { ADMIN, db, tag } from "./fixtures/db";
import { receivedMail, textOf } from "./fixtures/mail";
import { createCustomer, shopSignInOk } from "./fixtures/shop";

/**
 * A customer user of the demo's wholesale website (the host the tests' requests go to, so a script's
 * calls reach its API) whose role lets them view their own orders: "orders:read" is theirs to give,
 * "addresses:write" not.
 */
async function owner(t: string) {
  const website = await db.website.findUniqueOrThrow({ where: { code: "wholesale" } });
  const company = await db.company.create({ data: { name: `Api Co ${t}`, websiteId: website.id } });
  const role = await db.customerRole.create({
    data: { name: `Api reader ${t}`, permissions: { create: [{ entity: "order", action: "VIEW", level: "OWN" }] } },
  });
  const user = await db.customerUser.create({
    data: {
      companyId: company.id,
      websiteId: website.id,
      email: `api-owner-${t}@example.com`,
      firstName: "Otto",
      lastName: `Owner${t}`,
      confirmed: true,
      roles: { create: [{ roleId: role.id }] },
    },
  });
  return { website, company, user };
}

const section = (page: Page) => page.getByTestId("oauth-section");
const row = (page: Page, name: string) => section(page).getByTestId("oauth-row").filter({ hasText: name });
const openMenu = async (page: Page, name: string) =>
  row(page, name)
    .getByRole("button", { name: `More options for ${name}` })
    .click();

const basic = (clientId: string, secret: string) => `Basic ${Buffer.from(`${clientId}:${secret}`).toString("base64")}`;

test("staff add an application, read its secret once, a script calls the API with it, regenerate it with an overlap and deactivate it; the owner is told by e-mail", async ({
  page,
  request,
}) => {
  const t = tag();
  const { user } = await owner(t);
  const name = `ERP ${t}`;
  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.goto(`/admin/customer-users/${user.id}`);
  await expect(section(page).getByRole("heading", { name: "OAuth Applications" })).toBeVisible();

  // only the scopes the owner may hold are offered
  await page.getByTestId("oauth-add").click();
  const add = page.getByTestId("oauth-add-dialog");
  await add.locator("form[data-hydrated=true]").waitFor();
  await expect(add.getByTestId("scope-orders:read")).toBeVisible();
  await expect(add.getByTestId("scope-addresses:write")).toHaveCount(0);
  await add.getByLabel("Name").fill(name);
  await add.getByTestId("scope-orders:read").check();
  await add.getByRole("button", { name: "Create application" }).click();

  // the secret, once, with a copy button each
  await expect(add.getByTestId("oauth-secret-warning")).toContainText("it will not be shown again");
  const secret = (await add.getByTestId("oauth-client-secret").textContent())!;
  const clientId = (await add.getByTestId("oauth-client-id").textContent())!;
  expect(secret).toMatch(/^cs_[A-Za-z0-9_-]{40,}$/);
  await expect(add.getByTestId("oauth-client-secret-copy")).toBeVisible();
  await expect(add.getByTestId("oauth-client-id-copy")).toBeVisible();
  const app = await db.oAuthApplication.findFirstOrThrow({ where: { customerUserId: user.id } });
  expect(app).toMatchObject({ name, clientId, active: true, scopes: ["orders:read"] });
  expect(app.secretHash).not.toContain(secret);
  await add.getByRole("button", { name: "Close" }).click();

  // the grid lists it
  await expect(row(page, name).getByTestId("oauth-status")).toHaveText("Active");
  await expect(row(page, name)).toContainText("orders:read");
  await expect(row(page, name).getByTestId("oauth-last-used")).toHaveText("Not used yet");

  // an ERP's script: a token for the client ID and secret copied from the dialog, then an API call
  const tokenWith = (s: string) =>
    request.post("/oauth/token", {
      headers: { authorization: basic(clientId, s) },
      form: { grant_type: "client_credentials" },
    });
  const issued = await tokenWith(secret);
  expect(issued.status()).toBe(200);
  const { access_token: accessToken } = (await issued.json()) as { access_token: string };
  const listOrders = () =>
    request.get("/api/v1/orders", {
      headers: { authorization: `Bearer ${accessToken}`, accept: "application/vnd.api+json" },
    });
  const orders = await listOrders();
  expect(orders.status()).toBe(200);
  expect(((await orders.json()) as { data: unknown[] }).data).toEqual([]);
  // the grid shows when and from where
  await page.reload();
  await expect(row(page, name).getByTestId("oauth-last-used")).toContainText("127.0.0.1");

  // a new secret; the old one keeps working for the two hours chosen
  await openMenu(page, name);
  await menuItem(page, "Regenerate secret");
  const regenerate = page.getByTestId("oauth-regenerate-dialog");
  await regenerate.getByLabel("Keep the current secret working for (hours)").fill("2");
  await regenerate.getByRole("button", { name: "Regenerate secret" }).click();
  const renewed = (await regenerate.getByTestId("oauth-client-secret").textContent())!;
  expect(renewed).toMatch(/^cs_/);
  expect(renewed).not.toBe(secret);
  await expect(regenerate.getByTestId("oauth-client-id")).toHaveCount(0);
  const after = await db.oAuthApplication.findUniqueOrThrow({ where: { id: app.id } });
  expect(after.clientId).toBe(clientId);
  expect(after.previousSecretHash).toBe(app.secretHash);
  const overlap = after.previousSecretExpiresAt!.getTime() - Date.now();
  expect(overlap).toBeGreaterThan(115 * 60_000);
  expect(overlap).toBeLessThanOrEqual(120 * 60_000);
  await regenerate.getByRole("button", { name: "Close" }).click();
  // both secrets get tokens during the overlap
  expect((await tokenWith(secret)).status()).toBe(200);
  expect((await tokenWith(renewed)).status()).toBe(200);

  // deactivated
  await openMenu(page, name);
  await menuItem(page, "Deactivate");
  await confirm(page, "Deactivate");
  await expect(row(page, name).getByTestId("oauth-status")).toHaveText("Inactive");
  expect((await db.oAuthApplication.findUniqueOrThrow({ where: { id: app.id } })).active).toBe(false);
  // a deactivated application gets no token, and its live token stops working at the next call
  expect((await tokenWith(renewed)).status()).toBe(401);
  expect((await listOrders()).status()).toBe(401);

  // the owner's e-mail names the application and who created it, never a secret
  const [mail] = await receivedMail(user.email);
  const text = textOf(mail!.raw);
  expect(text).toContain(name);
  expect(text).toContain("Ada Admin created the OAuth application");
  expect(text).toContain(clientId);
  expect(text).not.toContain(secret);
});

test("the global page lists every application with its owner, company and website, filtered in SQL", async ({
  page,
}) => {
  const t = tag();
  const a = await owner(`${t}a`);
  const b = await owner(`${t}b`);
  const app = (customerUserId: string, name: string, active: boolean) =>
    db.oAuthApplication.create({
      data: { customerUserId, name, clientId: `cc_e2e_${name.replace(/\W/g, "")}`, secretHash: "x", active },
    });
  await app(a.user.id, `Sync ${t} one`, true);
  await app(b.user.id, `Sync ${t} two`, false);

  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin");
  await page.getByRole("link", { name: "Customer User OAuth Applications" }).click();
  await expect(page.getByRole("heading", { name: "Customer User OAuth Applications" })).toBeVisible();

  await page.getByLabel("Name").fill(`Sync ${t}`);
  await page.getByRole("button", { name: "Filter" }).click();
  const rows = page.getByTestId("oauth-application-row");
  await expect(rows).toHaveCount(2);
  const first = rows.filter({ hasText: `Sync ${t} one` });
  await expect(first.getByTestId("oauth-owner")).toHaveText(a.user.email);
  await expect(first.getByTestId("oauth-company")).toHaveText(a.company.name);
  await expect(first.getByTestId("oauth-website")).toHaveText(a.website.name);

  await page.getByLabel("Status").selectOption("inactive");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(rows).toHaveText([new RegExp(`Sync ${t} two.*${b.user.email}`)]);

  await page.goto(`/admin/oauth-applications?owner=${encodeURIComponent(a.user.email)}`);
  await expect(rows).toHaveText([new RegExp(`Sync ${t} one`)]);
});

test("on the storefront a customer administrator deactivates their own application and deletes a colleague's", async ({
  page,
}) => {
  const t = tag();
  const password = `Api-admin-${t}-1`;
  const admin = await createCustomer({ email: `api-admin-${t}@example.com`, password });
  const colleague = await db.customerUser.create({
    data: {
      email: `api-colleague-${t}@example.com`,
      firstName: "Cora",
      lastName: `Colleague${t}`,
      companyId: admin.companyId,
      websiteId: admin.websiteId,
      confirmed: true,
    },
  });
  const app = (customerUserId: string, name: string) =>
    db.oAuthApplication.create({
      data: { customerUserId, name, clientId: `cc_e2e_${name.replace(/\W/g, "")}`, secretHash: "x" },
    });
  const own = await app(admin.id, `Own ${t}`);
  const theirs = await app(colleague.id, `Theirs ${t}`);

  await shopSignInOk(page, admin.email, password);
  await page.goto("/account");
  await page.getByRole("link", { name: "API access" }).click();
  const rows = page.getByTestId("api-application-row");
  await expect(rows).toHaveCount(2);
  const mine = rows.filter({ hasText: `Own ${t}` });
  await expect(mine).toContainText("You");
  await expect(rows.filter({ hasText: `Theirs ${t}` })).toContainText(colleague.email);

  await mine.getByRole("button", { name: "Deactivate" }).click();
  await confirm(page, "Deactivate");
  await expect(mine.getByTestId("api-application-status")).toHaveText("Inactive");
  expect((await db.oAuthApplication.findUniqueOrThrow({ where: { id: own.id } })).active).toBe(false);

  await rows
    .filter({ hasText: `Theirs ${t}` })
    .getByRole("button", { name: "Delete" })
    .click();
  await confirm(page, "Delete");
  await expect(rows).toHaveCount(1);
  expect(await db.oAuthApplication.count({ where: { id: theirs.id } })).toBe(0);
});
