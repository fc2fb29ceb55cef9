import { expect, test, type Page } from "@playwright/test";

import { signInOk } from "./fixtures/auth";
import { createStaff, db, tag } from "./fixtures/db";
import { createCustomer } from "./fixtures/shop";

/** A customer of a company of their own whose price list names `price` for the product. */
async function customerPaying(name: string, t: string, productId: string, price: number) {
  const user = await createCustomer({
    email: `${name}-${t}@example.com`,
    password: `Preview-pass-${t}`,
    lastName: `${name} ${t}`,
  });
  await db.priceList.create({
    data: {
      name: `${name} ${t}`,
      entries: { create: [{ productId, price }] },
      companies: { create: [{ companyId: user.companyId }] },
    },
  });
  return user;
}

async function previewAs(page: Page, pageId: string, name: string) {
  await page.goto(`/admin/cms-pages/${pageId}/preview`);
  const button = page.getByRole("button", { name: `Preview as this customer: ${name}` });
  await expect(button).toBeEnabled();
  const [tab] = await Promise.all([page.waitForEvent("popup"), button.click()]);
  await tab.waitForLoadState();
  return tab;
}

test("preview an unpublished CMS page as two assigned customers: each sees their own prices", async ({ page }) => {
  const t = tag();
  const desk = await db.product.create({ data: { sku: `PDESK-${t}`, name: `Desk ${t}`, basePrice: 49900 } });
  const anna = await customerPaying("anna", t, desk.id, 44900);
  const ben = await customerPaying("ben", t, desk.id, 46900);
  const stranger = await customerPaying("cleo", t, desk.id, 40000);
  const password = `Content-${t}-pass-1`;
  const staff = await createStaff({
    email: `content-${t}@example.com`,
    password,
    firstName: "Cora",
    lastName: `Content ${t}`,
    group: "Content Managers",
  });
  await db.staffCustomerAssignment.createMany({
    data: [
      { customerUserId: anna.id, staffUserId: staff.id },
      { customerUserId: ben.id, staffUserId: staff.id },
    ],
  });
  const cms = await db.cmsPage.create({
    data: {
      slug: `spring-${t}`,
      title: `Spring offers ${t}`,
      published: false,
      blocks: { create: [{ position: 0, body: `Prices for you\n\n::products ${desk.sku}` }] },
    },
  });

  await signInOk(page, staff.email, password);
  await page.goto("/admin/cms-pages?q=" + t);
  await page.getByTestId("cms-page-row").getByRole("link", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { name: `Preview "Spring offers ${t}"` })).toBeVisible();
  await expect(page.getByTestId("preview-customer-row")).toHaveCount(2);
  await expect(page.getByTestId("preview-customers")).not.toContainText(stranger.email);

  const annaTab = await previewAs(page, cms.id, `Carla anna ${t}`);
  await expect(annaTab).toHaveURL(new RegExp(`/pages/spring-${t}$`));
  await expect(annaTab.getByTestId("impersonation-banner")).toContainText(
    `you are previewing the shop as Carla anna ${t} (${anna.email}). Nothing can be changed.`,
  );
  await expect(annaTab.getByTestId("cms-products").getByTestId("product-price")).toHaveText("€449.00");

  await annaTab.getByTestId("end-assistance").click();
  await expect(annaTab.getByTestId("impersonation-banner")).toHaveCount(0);

  const benTab = await previewAs(page, cms.id, `Carla ben ${t}`);
  await expect(benTab.getByTestId("cms-products").getByTestId("product-price")).toHaveText("€469.00");
  await benTab.getByTestId("end-assistance").click();
  await expect(benTab.getByTestId("impersonation-banner")).toHaveCount(0);

  const sessions = await db.impersonationSession.findMany({
    where: { staffUserId: staff.id },
    orderBy: { createdAt: "asc" },
  });
  expect(sessions.map((s) => [s.customerUserId, s.purpose, s.reason, s.endReason])).toEqual([
    [anna.id, "PREVIEW", `CMS page preview: spring-${t}`, "LOGGED_OUT"],
    [ben.id, "PREVIEW", `CMS page preview: spring-${t}`, "LOGGED_OUT"],
  ]);
  // the page is still a draft: a visitor does not see it
  const visitor = await page.context().browser()!.newPage();
  const response = await visitor.goto(new URL(`/pages/spring-${t}`, page.url()).toString());
  expect(response?.status()).toBe(404);
  await visitor.close();
});

test("a preview shows content pages and nothing else: the customer's orders, account, colleagues and catalogue stay closed", async ({
  page,
}) => {
  const t = tag();
  const desk = await db.product.create({ data: { sku: `QDESK-${t}`, name: `Desk ${t}`, basePrice: 49900 } });
  const dora = await customerPaying("dora", t, desk.id, 41900);
  const colleague = await db.customerUser.create({
    data: {
      companyId: dora.companyId,
      websiteId: dora.websiteId,
      email: `colleague-${t}@example.com`,
      firstName: "Col",
      lastName: `League ${t}`,
    },
  });
  const order = await db.order.create({
    data: {
      number: `SO-PV${t}`,
      companyId: dora.companyId,
      customerUserId: dora.id,
      currency: "EUR",
      subtotal: 41900,
      total: 41900,
    },
  });
  await db.customerAddress.create({
    data: { customerUserId: dora.id, street: `Secret Street ${t}`, city: "Berlin", postalCode: "10115", country: "DE" },
  });
  // a content manager: may preview, may not sign in as customers (no impersonation capability)
  const password = `Content-${t}-pass-2`;
  const staff = await createStaff({
    email: `content2-${t}@example.com`,
    password,
    firstName: "Cyd",
    lastName: `Content ${t}`,
    group: "Content Managers",
  });
  await db.staffCustomerAssignment.create({ data: { customerUserId: dora.id, staffUserId: staff.id } });
  const cms = await db.cmsPage.create({
    data: {
      slug: `summer-${t}`,
      title: `Summer ${t}`,
      published: true,
      blocks: { create: [{ position: 0, body: `::products ${desk.sku}` }] },
    },
  });

  await signInOk(page, staff.email, password);
  expect((await page.goto(`/admin/customer-users/${dora.id}/impersonate`))?.status()).toBe(403);
  const tab = await previewAs(page, cms.id, `Carla dora ${t}`);
  await expect(tab.getByTestId("cms-products").getByTestId("product-price")).toHaveText("€419.00");
  await expect(tab.getByRole("link", { name: "Orders" })).toHaveCount(0);

  for (const path of [
    "/orders",
    `/orders/${order.number}`,
    "/account",
    "/account/addresses",
    "/account/users",
    "/account/activity",
    "/account/roles",
    "/quotes",
    "/requests",
    "/shopping-lists",
    "/checkout",
    "/products",
    `/products/${desk.sku}`,
    "/",
  ]) {
    await tab.goto(path);
    await expect(tab.getByTestId("preview-only"), path).toContainText(
      `This tab shows content pages as Carla dora ${t} sees them`,
    );
    const html = await tab.content();
    expect(html, path).not.toContain(order.number);
    expect(html, path).not.toContain(`Secret Street ${t}`);
    expect(html, path).not.toContain(colleague.email);
  }
  await tab.getByRole("link", { name: "Back to the previewed page" }).click();
  await expect(tab).toHaveURL(new RegExp(`/pages/summer-${t}$`));
  await tab.goto("/orders");
  await tab.getByRole("button", { name: "End preview" }).first().click();
  await expect(tab.getByTestId("impersonation-banner")).toHaveCount(0);
  expect(
    await db.impersonationSession.findFirst({ where: { staffUserId: staff.id }, select: { endReason: true } }),
  ).toEqual({ endReason: "LOGGED_OUT" });
});

test("a preview left open does not block the next one: the preview page offers to end it", async ({ page }) => {
  const t = tag();
  const desk = await db.product.create({ data: { sku: `RDESK-${t}`, name: `Desk ${t}`, basePrice: 49900 } });
  const eva = await customerPaying("eva", t, desk.id, 45900);
  const finn = await customerPaying("finn", t, desk.id, 47900);
  const password = `Content-${t}-pass-3`;
  const staff = await createStaff({
    email: `content3-${t}@example.com`,
    password,
    firstName: "Cai",
    lastName: `Content ${t}`,
    group: "Content Managers",
  });
  await db.staffCustomerAssignment.createMany({
    data: [
      { customerUserId: eva.id, staffUserId: staff.id },
      { customerUserId: finn.id, staffUserId: staff.id },
    ],
  });
  const cms = await db.cmsPage.create({
    data: {
      slug: `autumn-${t}`,
      title: `Autumn ${t}`,
      published: true,
      blocks: { create: [{ position: 0, body: `::products ${desk.sku}` }] },
    },
  });
  await signInOk(page, staff.email, password);

  // the preview tab is closed without ending the session
  const evaTab = await previewAs(page, cms.id, `Carla eva ${t}`);
  await expect(evaTab.getByTestId("impersonation-banner")).toBeVisible();
  await evaTab.close();

  await page.goto(`/admin/cms-pages/${cms.id}/preview`);
  const live = page.getByTestId("impersonation-live");
  await expect(live).toContainText(`You are still signed in as ${eva.email}`);
  await live.getByRole("button", { name: "End session" }).click();
  await expect(live).toHaveCount(0);
  const ended = await db.impersonationSession.findFirstOrThrow({
    where: { staffUserId: staff.id, customerUserId: eva.id },
  });
  expect(ended.endedAt).not.toBeNull();

  const finnTab = await previewAs(page, cms.id, `Carla finn ${t}`);
  await expect(finnTab.getByTestId("cms-products").getByTestId("product-price")).toHaveText("€479.00");
});
