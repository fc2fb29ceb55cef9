import { expect, test } from "@playwright/test";

import { signInOk } from "./fixtures/auth";
import { ADMIN, createGroup, createStaff, db, tag, VIEWER } from "./fixtures/db";
import { createCustomer } from "./fixtures/shop";

test("a viewer without edit or delete sees no empty Actions column, and disabled fields that look read-only", async ({
  page,
}) => {
  await signInOk(page, VIEWER.email, VIEWER.password);
  const grids = [
    ["/admin/roles", "roles-table"],
    ["/admin/groups", "groups-table"],
    ["/admin/products", "products-table"],
    ["/admin/price-lists", "price-lists-table"],
    ["/admin/cms-pages", "cms-pages-table"],
    ["/admin/consents", "consents-table"],
  ] as const;
  for (const [path, table] of grids) {
    await page.goto(path);
    await expect(page.getByTestId(table)).toBeVisible();
    await expect(page.getByTestId(table).getByRole("columnheader", { name: "Actions" })).toHaveCount(0);
  }
  // the settings form is shown to a viewer, every field disabled and greyed
  await page.goto("/admin/settings");
  const field = page.getByLabel("Minimum password length");
  await expect(field).toBeDisabled();
  expect(await field.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe("rgb(255, 255, 255)");
});

test("a staff member who may read the impersonation log but neither open the audit log nor end a session sees no empty Actions column there", async ({
  page,
}) => {
  const t = tag();
  const customer = await createCustomer({ email: `log-read-${t}@example.com`, password: `Log-read-${t}-1` });
  const agent = await db.staffUser.findUniqueOrThrow({ where: { email: ADMIN.email } });
  const now = Date.now();
  await db.impersonationSession.create({
    data: {
      staffUserId: agent.id,
      customerUserId: customer.id,
      customerEmail: customer.email,
      websiteId: customer.websiteId,
      purpose: "ASSIST",
      reason: `Ticket ${t}`,
      startTokenExpiresAt: new Date(now),
      startedAt: new Date(now - 60_000),
      expiresAt: new Date(now + 1_800_000),
    },
  });
  await createGroup(`log-readers-${t}`, [
    { area: "customers", resource: "impersonation", action: "view", effect: "ALLOW" },
  ]);
  await createStaff({
    email: `log-reader-${t}@example.com`,
    password: `Log-reader-${t}-pass`,
    group: `log-readers-${t}`,
  });

  await signInOk(page, `log-reader-${t}@example.com`, `Log-reader-${t}-pass`);
  await page.goto("/admin/impersonation");
  const log = page.getByTestId("impersonation-log");
  const row = log.getByTestId("log-row").filter({ hasText: `Ticket ${t}` });
  await expect(row).toHaveCount(1);
  await expect(log.getByRole("columnheader", { name: "Reason" })).toBeVisible();
  await expect(log.getByRole("columnheader", { name: "Actions" })).toHaveCount(0);
  // every cell sits under a header: no trailing empty cell either
  await expect(row.locator("td")).toHaveCount(await log.getByRole("columnheader").count());
});
