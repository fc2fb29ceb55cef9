import { expect, test, type Page } from "@playwright/test";

import { confirm, formReady, menuItem, signInOk } from "./fixtures/auth";
import { ADMIN, db, tag } from "./fixtures/db";
import { receivedMail, textOf } from "./fixtures/mail";
import { createCustomer, shopSignIn, shopSignInOk } from "./fixtures/shop";

const linkOf = (raw: string) => /https?:\/\/\S+\/reset-password\?token=[\w-]+/.exec(textOf(raw))?.[0] ?? "";

/** The reset links mailed to `to`, waiting until there are `count` of them. */
async function resetLinks(to: string, count: number): Promise<string[]> {
  await expect.poll(async () => (await receivedMail(to)).length, { timeout: 30_000 }).toBe(count);
  return (await receivedMail(to)).map((m) => linkOf(m.raw));
}

async function setNewPassword(page: Page, link: string, password: string) {
  await page.goto(link);
  await page.locator("form[data-hydrated=true][data-testid=reset-password-form]").waitFor();
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("Repeat new password").fill(password);
  await page.getByRole("button", { name: "Set password" }).click();
}

test("a back-office reset signs the customer out, only the newest link works, and the new password signs in", async ({
  page,
}) => {
  const t = tag();
  const email = `reset-${t}@example.com`;
  const user = await createCustomer({ email, password: `Old-pass-${t}`, lastName: `Reset ${t}` });
  await shopSignInOk(page, email, `Old-pass-${t}`);

  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.goto(`/admin/customer-users?email=${encodeURIComponent(email)}`);
  const row = page.getByTestId("customer-user-row");
  await row.getByLabel("More options").click();
  await menuItem(page, "Reset password");
  await confirm(page, "Reset password");
  await expect(page.getByTestId("action-notice")).toContainText("The password was reset.");
  const [first] = await resetLinks(email, 1);

  // the storefront session ended, and the old password no longer signs in
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login/);
  await shopSignIn(page, email, `Old-pass-${t}`);
  await expect(page.getByTestId("login-error")).toHaveText(
    "Your password was reset. Please set a new one through the link in the e-mail we sent you.",
  );

  await page.goto(`/admin/customer-users/${user.id}`);
  await page.getByRole("button", { name: "Reset password" }).click();
  await confirm(page, "Reset password");
  await expect(page.getByTestId("action-notice")).toContainText("The password was reset.");
  const [, second] = await resetLinks(email, 2);
  expect(second).not.toBe(first);

  await page.goto(first!);
  await expect(page.getByTestId("reset-invalid")).toHaveText("This link is invalid or has expired.");

  await setNewPassword(page, second!, `New-pass-${t}`);
  await expect(page.getByText("Your new password is set. You can sign in now.")).toBeVisible();
  await shopSignInOk(page, email, `New-pass-${t}`);
  // used once: the link is dead now
  await page.goto(second!);
  await expect(page.getByTestId("reset-invalid")).toBeVisible();
});

test("forgot password answers alike for an unknown e-mail, and an expired link is refused", async ({ page }) => {
  const t = tag();
  const email = `forgot-${t}@example.com`;
  const user = await createCustomer({ email, password: `Old-pass-${t}` });

  const ask = async (address: string) => {
    await page.goto("/login");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
    await formReady(page);
    await page.getByLabel("E-mail").fill(address);
    await page.getByRole("button", { name: "Send link" }).click();
    await expect(page).toHaveURL(/\/login\?notice=reset-requested/);
    return page.getByTestId("notice").innerText();
  };
  const forUnknown = await ask(`nobody-${t}@example.com`);
  const forKnown = await ask(email);
  expect(forUnknown).toContain("If an account exists for this e-mail, we have sent a link to set a new password.");
  expect(forKnown).toBe(forUnknown);
  expect(await db.emailMessage.count({ where: { to: `nobody-${t}@example.com` } })).toBe(0);

  const [link] = await resetLinks(email, 1);
  await db.customerPasswordResetToken.updateMany({
    where: { customerUserId: user.id },
    data: { expiresAt: new Date(Date.now() - 60_000) },
  });
  await page.goto(link!);
  await expect(page.getByTestId("reset-invalid")).toHaveText("This link is invalid or has expired.");
  await expect(page.getByTestId("reset-password-form")).toHaveCount(0);
});

test.describe("with the history rule on", () => {
  test.afterEach(async () => {
    // the policy is store-wide: put the defaults back for the other specs
    await db.systemSetting.deleteMany({ where: { key: "passwordHistoryEnabled" } });
  });

  test("a former password is refused through a reset link", async ({ page }) => {
    await signInOk(page, ADMIN.email, ADMIN.password);
    await page.goto("/admin/settings");
    await formReady(page);
    await page.getByLabel("Refuse recently used passwords").check();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByTestId("notice")).toHaveText("The settings were saved.");
    const t = tag();
    const email = `history-${t}@example.com`;
    await createCustomer({ email, password: `First-pass-${t}` });
    await shopSignInOk(page, email, `First-pass-${t}`);
    await page.locator("form[data-hydrated=true][data-testid=password-form]").waitFor();
    await page.getByLabel("Current password").fill(`First-pass-${t}`);
    await page.getByLabel("New password", { exact: true }).fill(`Second-pass-${t}`);
    await page.getByLabel("Repeat new password").fill(`Second-pass-${t}`);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Your password was changed. Other devices were signed out.")).toBeVisible();

    await page.goto("/forgot-password");
    await formReady(page);
    await page.getByLabel("E-mail").fill(email);
    await page.getByRole("button", { name: "Send link" }).click();
    const [link] = await resetLinks(email, 1);
    await setNewPassword(page, link!, `First-pass-${t}`);
    await expect(page.getByTestId("password-error")).toHaveText(
      "Choose a password you have not used for your last 12 passwords.",
    );
    await setNewPassword(page, link!, `Third-pass-${t}`);
    await expect(page.getByText("Your new password is set. You can sign in now.")).toBeVisible();
  });
});

test("an expired password must be changed before anything else", async ({ page }) => {
  const t = tag();
  const email = `expired-${t}@example.com`;
  const user = await createCustomer({ email, password: `Old-pass-${t}` });
  await db.customerUser.update({ where: { id: user.id }, data: { passwordStatus: "EXPIRED" } });
  await shopSignIn(page, email, `Old-pass-${t}`);
  await expect(page).toHaveURL(/\/account\/password$/);
  await page.goto("/products");
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByTestId("password-expired")).toHaveText(
    "Your password has expired. Please choose a new one to continue.",
  );
  await page.locator("form[data-hydrated=true][data-testid=password-form]").waitFor();
  await page.getByLabel("Current password").fill(`Old-pass-${t}`);
  await page.getByLabel("New password", { exact: true }).fill(`New-pass-${t}`);
  await page.getByLabel("Repeat new password").fill(`New-pass-${t}`);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByTestId("account-email")).toHaveText(email);
  await page.goto("/products");
  await expect(page).toHaveURL(/\/products$/);
});
