import { expect, test } from "@playwright/test";

import { formReady, signInOk } from "./fixtures/auth";
import { ADMIN, createStaff, db, tag } from "./fixtures/db";
import { createCustomer, shopSignInOk } from "./fixtures/shop";

const KEYS = [
  "impersonationEnabled",
  "impersonationMaxMinutes",
  "assistanceConsentMode",
  "impersonationNotifyCustomer",
];

/** Settings are global and other specs share the server: put back exactly what was stored before. */
async function snapshotSettings() {
  const rows = await db.systemSetting.findMany({ where: { key: { in: KEYS } } });
  const websites = await db.website.findMany({ select: { id: true, impersonationEnabled: true } });
  return async () => {
    await db.systemSetting.deleteMany({ where: { key: { in: KEYS } } });
    for (const r of rows) await db.systemSetting.create({ data: { key: r.key, value: r.value as never } });
    for (const w of websites)
      await db.website.update({ where: { id: w.id }, data: { impersonationEnabled: w.impersonationEnabled } });
  };
}

test.describe.serial("global impersonation settings", () => {
  test("the settings section refuses 0 minutes next to the field, then saves, with each website's switch audited", async ({
    page,
  }) => {
    const restore = await snapshotSettings();
    const wholesale = await db.website.findUniqueOrThrow({ where: { code: "wholesale" } });
    try {
      await db.website.update({ where: { id: wholesale.id }, data: { impersonationEnabled: false } });
      await signInOk(page, ADMIN.email, ADMIN.password);
      await page.goto("/admin/settings");
      await formReady(page);
      await page.getByLabel("Session time limit (minutes)").fill("0");
      await page.getByRole("button", { name: "Save settings" }).click();
      await expect(page.getByTestId("impersonationMaxMinutes-error")).toHaveText("Enter a number from 1 to 480.");

      await page.getByLabel("Allow staff to log in as customer users").check();
      await page.getByLabel("Session time limit (minutes)").fill("45");
      await page.getByLabel("Customer consent").selectOption({ label: "Customer must opt in" });
      await page.getByLabel("Allow on this website: Concierge Wholesale").check();
      await page.getByRole("button", { name: "Save settings" }).click();
      await expect(page.getByTestId("notice")).toHaveText("The settings were saved.");

      const stored = Object.fromEntries(
        (await db.systemSetting.findMany({ where: { key: { in: KEYS } } })).map((r) => [r.key, r.value]),
      );
      expect(stored).toMatchObject({
        impersonationEnabled: true,
        impersonationMaxMinutes: 45,
        assistanceConsentMode: "opt-in",
      });
      expect((await db.website.findUniqueOrThrow({ where: { id: wholesale.id } })).impersonationEnabled).toBe(true);
      const audit = await db.auditLog.findFirstOrThrow({
        where: { entity: "website", entityId: wholesale.id },
        orderBy: { at: "desc" },
      });
      expect(audit.changes).toEqual({ impersonationEnabled: { before: false, after: true } });

      await page.reload();
      await formReady(page);
      await expect(page.getByLabel("Session time limit (minutes)")).toHaveValue("45");
      await expect(page.getByLabel("Allow on this website: Concierge Wholesale")).toBeChecked();
    } finally {
      await restore();
    }
  });

  test("with consent opt-in the customer allows staff assistance in the account, and sees when staff signed in", async ({
    page,
  }) => {
    const restore = await snapshotSettings();
    try {
      await db.systemSetting.upsert({
        where: { key: "assistanceConsentMode" },
        create: { key: "assistanceConsentMode", value: "opt-in" },
        update: { value: "opt-in" },
      });
      const t = tag();
      const email = `assist-${t}@example.com`;
      const password = `Assist-${t}-1`;
      const user = await createCustomer({ email, password });
      const staff = await db.staffUser.findUniqueOrThrow({ where: { email: ADMIN.email } });
      const startedAt = new Date(Date.now() - 3_600_000);
      await db.impersonationSession.create({
        data: {
          staffUserId: staff.id,
          customerUserId: user.id,
          customerEmail: user.email,
          websiteId: user.websiteId,
          purpose: "ASSIST",
          reason: `Ticket ${t}`,
          startTokenExpiresAt: startedAt,
          startedAt,
          expiresAt: new Date(startedAt.getTime() + 1_800_000),
          endedAt: new Date(startedAt.getTime() + 600_000),
          endReason: "LOGGED_OUT",
        },
      });

      await shopSignInOk(page, email, password);
      await page
        .getByRole("navigation", { name: "My account" })
        .getByRole("link", { name: "Account activity" })
        .click();
      await expect(page.getByRole("heading", { name: "Account activity", level: 1 })).toBeVisible();
      await expect(page.getByTestId("activity-entry")).toHaveText([
        /A member of our staff \(Ada\) signed in to your account on .*10 minutes/,
      ]);
      await expect(page.getByTestId("activity-entry")).not.toContainText(ADMIN.email);

      const consent = page.getByTestId("assistance-consent");
      await expect(consent.getByRole("heading")).toHaveText("Allow our staff to log in to your account to help you");
      await expect(consent.getByTestId("assistance-state")).toHaveText("Not allowed, as you have not agreed to it.");
      await consent.getByRole("button", { name: "Allow" }).click();
      await expect(consent.getByTestId("notice")).toHaveText("Our staff may now log in to your account to help you.");
      await expect(consent.getByTestId("assistance-state")).toHaveText("You allow it.");
      expect((await db.customerUser.findUniqueOrThrow({ where: { id: user.id } })).assistanceAllowed).toBe(true);
    } finally {
      await restore();
    }
  });
});

test("an agent finds a customer by part of the e-mail and by exact number, and opens the start page", async ({
  page,
}) => {
  const t = tag();
  const user = await createCustomer({
    email: `agent-find-${t}@example.com`,
    password: `Find-${t}-1`,
    lastName: `Found${t}`,
  });
  const email = `agent-${t}@example.com`;
  const password = `Agent-${t}-pass`;
  const agent = await createStaff({ email, password, group: "Administrators", firstName: "Alex" });
  await db.staffUser.update({ where: { id: agent.id }, data: { isAgent: true } });

  await signInOk(page, email, password);
  await page.getByRole("link", { name: "Agent assist" }).click();
  await expect(page.getByRole("heading", { name: "Agent assist" })).toBeVisible();
  const search = page.getByLabel("E-mail, name or exact customer number");
  await search.fill(`FIND-${t}`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("agent-results-row")).toHaveCount(1);
  await expect(page.getByTestId("agent-results-row")).toContainText(`Carla Found${t}`);
  await expect(page.getByTestId("agent-results-row")).toContainText(String(user.customerNumber));

  await page.getByLabel("E-mail, name or exact customer number").fill(String(user.customerNumber));
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("agent-results-row")).toHaveCount(1);
  await expect(page.getByTestId("agent-results-row")).toContainText(user.email);
  await page.getByRole("link", { name: "Log in as a user" }).click();
  // the start page knows it was opened from Agent assist, so its Back link returns there
  await expect(page).toHaveURL(new RegExp(`/admin/customer-users/${user.id}/impersonate\\?from=agent-assist&q=`));
  await expect(page.getByRole("link", { name: "Back to Agent assist" })).toBeVisible();
  await expect(page.getByRole("heading", { name: `Log in as Carla Found${t}` })).toBeVisible();
});

test("a staff member who is not an agent neither sees nor opens the agents' page", async ({ page }) => {
  await signInOk(page, ADMIN.email, ADMIN.password);
  await expect(page.getByRole("link", { name: "Impersonation log" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Agent assist" })).toHaveCount(0);
  const refused = await page.goto("/admin/agent-assist");
  expect(refused?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Access denied" })).toBeVisible();
});

test("the impersonation log lists a session, filters by customer e-mail, links its audit entries and ends it", async ({
  page,
}) => {
  const t = tag();
  const user = await createCustomer({ email: `logged-${t}@example.com`, password: `Logged-${t}-1` });
  const staff = await db.staffUser.findUniqueOrThrow({ where: { email: ADMIN.email } });
  const now = Date.now();
  const session = await db.impersonationSession.create({
    data: {
      staffUserId: staff.id,
      customerUserId: user.id,
      customerEmail: user.email,
      websiteId: user.websiteId,
      purpose: "ASSIST",
      reason: `Ticket ${t}`,
      startTokenExpiresAt: new Date(now),
      startedAt: new Date(now - 60_000),
      expiresAt: new Date(now + 1_800_000),
      ip: "192.0.2.7",
      userAgent: `Mozilla/5.0 (X11; Linux x86_64) Test browser ${t}`,
    },
  });
  await db.auditLog.create({
    data: {
      actorLabel: `Ada Admin as ${user.email}`,
      entity: "customer-user",
      entityId: user.id,
      action: "storefront:placeOrder",
      impersonationSessionId: session.id,
    },
  });

  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.getByRole("link", { name: "Impersonation log" }).click();
  await page.getByLabel("Customer e-mail contains").fill(`logged-${t}`);
  await page.getByRole("button", { name: "Filter" }).click();
  const row = page.getByTestId("log-row");
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId("log-customer")).toHaveText(user.email);
  await expect(row.getByTestId("log-reason")).toHaveText(`Ticket ${t}`);
  await expect(row.getByTestId("log-status")).toHaveText("Live");
  await expect(row.getByTitle(`Mozilla/5.0 (X11; Linux x86_64) Test browser ${t}`)).toBeVisible();

  await row.getByTestId("end-session").click();
  await expect(row.getByTestId("log-status")).toHaveText("Ended");
  await expect(row.getByTestId("log-end-reason")).toHaveText("Ended by staff");

  await row.getByTestId("log-audit").click();
  await expect(page).toHaveURL(new RegExp(`session=${session.id}`));
  await expect(page.getByTestId("audit-session-only")).toBeVisible();
  await expect(page.getByTestId("audit-action")).toHaveText(["End", "storefront:placeOrder"]);
  await expect(page.getByTestId("audit-impersonation")).toHaveCount(1);

  // the customer user's own page: the number an agent searches by, and the session among the activity
  await page.goto(`/admin/customer-users/${user.id}?tab=activity`);
  await expect(page.getByTestId("info-customer-number")).toHaveText(String(user.customerNumber));
  await expect(page.getByTestId("impersonations-row")).toHaveText([
    new RegExp(`Ada Admin \\(${ADMIN.email}\\)Assistance.*Ticket ${t}`),
  ]);
});

test("with impersonation switched off, 'Log in as a user' is shown disabled with the reason, in the grid menu and on the view page", async ({
  page,
}) => {
  const restore = await snapshotSettings();
  try {
    const t = tag();
    const customer = await createCustomer({
      email: `switched-${t}@example.com`,
      password: `Switched-${t}-pass`,
      lastName: `Switched ${t}`,
    });
    await signInOk(page, ADMIN.email, ADMIN.password);
    const reasons = {
      website: "Signing in as customer users is switched off for this customer user's website.",
      global: "Signing in as customer users is switched off in System > Settings.",
    };

    await db.website.update({ where: { id: customer.websiteId }, data: { impersonationEnabled: false } });
    await page.goto(`/admin/customer-users?email=${encodeURIComponent(customer.email)}`);
    const row = page.getByTestId("customer-user-row");
    await row.getByLabel("More options").click();
    await expect(page.getByTestId("impersonate-unavailable")).toContainText(reasons.website);
    await expect(page.getByRole("link", { name: "Log in as a user" })).toHaveCount(0);
    await page.goto(`/admin/customer-users/${customer.id}`);
    await expect(page.getByRole("button", { name: "Log in as a user" })).toBeDisabled();
    await expect(page.getByTestId("impersonate-unavailable")).toHaveText(reasons.website);
    await expect(page.getByTestId("impersonate-link")).toHaveCount(0);

    await db.website.update({ where: { id: customer.websiteId }, data: { impersonationEnabled: true } });
    await db.systemSetting.upsert({
      where: { key: "impersonationEnabled" },
      update: { value: false },
      create: { key: "impersonationEnabled", value: false },
    });
    await page.reload();
    await expect(page.getByTestId("impersonate-unavailable")).toHaveText(reasons.global);

    // switched on again, the link is back
    await db.systemSetting.update({ where: { key: "impersonationEnabled" }, data: { value: true } });
    await page.reload();
    await expect(page.getByTestId("impersonate-link")).toBeVisible();
    await expect(page.getByTestId("impersonate-unavailable")).toHaveCount(0);
  } finally {
    await restore();
  }
});
