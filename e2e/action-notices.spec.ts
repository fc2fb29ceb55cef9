import { expect, test } from "@playwright/test";

import { confirm, formReady, menuItem, signInOk } from "./fixtures/auth";
import { ADMIN, db, tag } from "./fixtures/db";
import { createCustomer } from "./fixtures/shop";

// Agent assist is for staff users who are agents: the demo agent
const AGENT = { email: "agent@example.com", password: "Agent-demo-2026" };

test("unlocking and disabling a customer user say that they were done", async ({ page }) => {
  const email = `notice-${tag()}@example.com`;
  const { id } = await createCustomer({ email, password: "Unused-pass-1" });
  await signInOk(page, ADMIN.email, ADMIN.password);
  await db.customerUser.update({ where: { id }, data: { locked: true } });
  await page.goto(`/admin/customer-users?email=${encodeURIComponent(email)}`);
  const row = page.getByTestId("customer-user-row");
  await row.getByLabel("More options").click();
  await menuItem(page, "Unlock");
  await confirm(page, "Unlock");
  await expect(page.getByTestId("action-notice")).toHaveText("The customer user was unlocked.");
  await expect(row.getByTestId("customer-user-locked")).toHaveText("No");
});

test("a new staff user is shown in the list with a notice, not page 1", async ({ page }) => {
  const t = tag();
  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/users/new");
  await formReady(page);
  await page.getByLabel("E-mail").fill(`zz-new-${t}@example.com`);
  await page.getByLabel("Password", { exact: true }).fill(`New-staff-pass-${t}`);
  await page.getByLabel("Repeat password").fill(`New-staff-pass-${t}`);
  await page.getByLabel("First name").fill("Newest");
  await page.getByLabel("Last name").fill(`Staff ${t}`);
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByTestId("notice")).toBeVisible();
  await expect(page.getByTestId("user-row").filter({ hasText: `zz-new-${t}@example.com` })).toHaveCount(1);
});

test("Back on the reason page returns to Agent assist when the agent came from there", async ({ page }) => {
  const email = `assist-${tag()}@example.com`;
  await createCustomer({ email, password: "Unused-pass-1" });
  await signInOk(page, AGENT.email, AGENT.password);
  await page.goto(`/admin/agent-assist?q=${encodeURIComponent(email)}`);
  await page.getByTestId("agent-login-as").click();
  await page.getByTestId("impersonation-back").click();
  await expect(page).toHaveURL(/\/admin\/agent-assist\?q=/);
  await expect(page.getByTestId("agent-login-as")).toHaveCount(1);
});
