import { expect, test } from "@playwright/test";

import { signInOk } from "./fixtures/auth";
import { ADMIN, createGroup, createStaff, db, tag } from "./fixtures/db";

const today = () => new Date().toISOString().slice(0, 10);
const weekAgo = () => new Date(Date.parse(today()) - 6 * 86_400_000);

test("the dashboard charts today's orders, placed by customers and on their behalf, as the database counts them", async ({
  page,
}) => {
  const t = tag();
  const website = await db.website.findUniqueOrThrow({ where: { code: "shop" } });
  const company = await db.company.create({ data: { name: `Dash Co ${t}`, websiteId: website.id } });
  const admin = await db.staffUser.findUniqueOrThrow({ where: { email: ADMIN.email } });
  const order = (n: number, assisted: boolean) =>
    db.order.create({
      data: {
        number: `DASH-${t}-${n}`,
        companyId: company.id,
        currency: "EUR",
        subtotal: 1000,
        total: 1000,
        createdByStaffUserId: assisted ? admin.id : null,
      },
    });
  await Promise.all([order(1, false), order(2, false), order(3, true)]);
  // the figures of the last 7 days, whatever other journeys ordered before this one
  const since = weekAgo();
  const [byCustomers, onBehalf] = await Promise.all([
    db.order.count({ where: { createdAt: { gte: since }, createdByStaffUserId: null } }),
    db.order.count({ where: { createdAt: { gte: since }, createdByStaffUserId: { not: null } } }),
  ]);

  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin?days=7");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByRole("link", { name: "7 days" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("kpi-orders.customer")).toContainText(String(byCustomers));
  await expect(page.getByTestId("kpi-orders.assisted")).toContainText(String(onBehalf));

  const orders = page.getByTestId("widget-orders");
  await expect(orders.getByText("Orders per day")).toBeVisible();
  // the chart draws today's bars: both series in the legend, one bar per series with a value
  const legend = orders.locator(".recharts-legend-item");
  await expect(legend).toHaveCount(2);
  expect((await legend.allTextContents()).sort()).toEqual(["Created on their behalf", "Placed by customers"]);
  await expect(orders.locator(".recharts-bar-rectangle path").first()).toBeVisible();
  // and its figures, as a table, say the same for today
  await orders.getByText("Show as a table").click();
  const row = orders
    .getByTestId("table-orders")
    .getByRole("row")
    .filter({ has: page.locator(`time[datetime="${today()}"]`) });
  const [customerToday, assistedToday] = await Promise.all([
    db.order.count({ where: { createdAt: { gte: new Date(today()) }, createdByStaffUserId: null } }),
    db.order.count({ where: { createdAt: { gte: new Date(today()) }, createdByStaffUserId: { not: null } } }),
  ]);
  await expect(row.getByRole("cell").nth(1)).toHaveText(String(customerToday));
  await expect(row.getByRole("cell").nth(2)).toHaveText(String(assistedToday));
  expect(customerToday).toBeGreaterThanOrEqual(2);

  for (const widget of ["impersonations", "signIns", "newCustomerUsers"])
    await expect(page.getByTestId(`widget-${widget}`)).toBeVisible();
  if (process.env.SCREENSHOTS) await page.screenshot({ path: "docs/screenshots/dashboard.png", fullPage: true });
});

test("a viewer who may see only orders gets the orders widget alone", async ({ page }) => {
  const t = tag();
  const password = `Dash-pass-${t}`;
  await createGroup(`Orders only ${t}`, [{ area: "sales", resource: "order", action: "view", effect: "ALLOW" }]);
  await createStaff({ email: `dash-${t}@example.com`, password, group: `Orders only ${t}` });
  await signInOk(page, `dash-${t}@example.com`, password);
  await page.goto("/admin");
  await expect(page.getByTestId("widget-orders")).toBeVisible();
  await expect(page.locator("[data-testid^=widget-]")).toHaveCount(1);
  await expect(page.locator("[data-testid^=kpi-]")).toHaveCount(2);
});
