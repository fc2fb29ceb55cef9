import { expect, test, type Page } from "@playwright/test";

import { confirm, formReady, signInOk } from "./fixtures/auth";
import { ADMIN, tag, VIEWER } from "./fixtures/db";
import { openInMailbox, receivedMail, revealText, textOf, undeliverable } from "./fixtures/mail";
import { createCustomer, shopSignInOk } from "./fixtures/shop";

const RESET_LINK = /https?:\/\/\S+\/reset-password\?token=[\w-]+/;
const htmlPart = (page: Page) => page.frameLocator('[data-testid="mail-html"]').locator("body");

async function forgotPassword(page: Page, email: string) {
  await page.goto("/forgot-password");
  await formReady(page);
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "Send link" }).click();
  await expect(page).toHaveURL(/\/login\?notice=reset-requested/);
}

test("an undelivered reset link is masked in the mailbox; the admin reveals it, the reveal is audited, and the link works", async ({
  page,
}) => {
  const t = tag();
  const email = undeliverable(`reset-${t}`);
  const user = await createCustomer({ email, password: `Old-pass-${t}`, lastName: `Masked ${t}` });
  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.goto(`/admin/customer-users/${user.id}`);
  await page.getByRole("button", { name: "Reset password" }).click();
  await confirm(page, "Reset password");
  await expect(page.getByTestId("action-notice")).toContainText("The password was reset.");

  await openInMailbox(page, email);
  const messageId = page.url().split("/").pop()!;
  await expect(page.getByTestId("mail-text")).toContainText("••••••••");
  await expect(page.getByTestId("mail-text")).not.toContainText("token=");
  await expect(htmlPart(page)).not.toContainText("token=");
  await expect(page.getByTestId("mail-secrets")).toHaveText(
    /Links and passwords in this message are hidden\. Revealing them is recorded in the audit log\./,
  );

  const link = RESET_LINK.exec(await revealText(page))?.[0];
  expect(link).toBeTruthy();
  await expect(htmlPart(page)).toContainText(link!);
  // the revealed message lives in the page only: a reload shows it masked again
  await page.reload();
  await expect(page.getByTestId("mail-text")).not.toContainText("token=");

  // Users > Audit log: who revealed which message
  await page.goto("/admin/audit-log?entity=email-message&action=reveal");
  const entry = page.getByTestId("audit-row").filter({ has: page.locator(`a[href="/admin/mailbox/${messageId}"]`) });
  await expect(entry.getByTestId("audit-actor")).toHaveText(ADMIN.email);
  await expect(entry.getByTestId("audit-action")).toHaveText("Revealed");
  await expect(entry.getByTestId("audit-change")).toContainText([`Recipient: ${email}`]);
  // the message is named by its subject and recipient, and linked
  await expect(entry.getByTestId("audit-entity-link")).toContainText(`→ ${email}`);

  // the revealed link sets a new password, which signs in
  await page.goto(link!);
  await page.locator("form[data-hydrated=true][data-testid=reset-password-form]").waitFor();
  await page.getByLabel("New password", { exact: true }).fill(`New-pass-${t}`);
  await page.getByLabel("Repeat new password").fill(`New-pass-${t}`);
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByText("Your new password is set. You can sign in now.")).toBeVisible();
  await shopSignInOk(page, email, `New-pass-${t}`);
});

test("a reader of the mailbox without the reveal permission sees the link masked and no Reveal button", async ({
  page,
}) => {
  const t = tag();
  const email = undeliverable(`viewer-${t}`);
  await createCustomer({ email, password: `Old-pass-${t}` });
  await forgotPassword(page, email);

  // the seeded read-only login may view every screen, the mailbox too, but not reveal
  await signInOk(page, VIEWER.email, VIEWER.password);
  await openInMailbox(page, email);
  await expect(page.getByTestId("mail-text")).toContainText("••••••••");
  await expect(page.getByTestId("mail-text")).not.toContainText("token=");
  await expect(page.getByTestId("mail-secrets")).toHaveText(
    /Revealing them needs the permission System › E-mail › Reveal\./,
  );
  await expect(page.getByRole("button", { name: "Reveal links and passwords" })).toHaveCount(0);
});

test("once SMTP delivered a message, the mailbox keeps it masked with nothing left to reveal", async ({ page }) => {
  const t = tag();
  const email = `delivered-${t}@example.com`;
  await createCustomer({ email, password: `Old-pass-${t}` });
  await forgotPassword(page, email);
  const [mail] = await receivedMail(email);
  expect(textOf(mail!.raw)).toMatch(RESET_LINK);

  await signInOk(page, ADMIN.email, ADMIN.password);
  // the worker marks it sent right after the SMTP server took it
  await expect
    .poll(
      async () => {
        await openInMailbox(page, email);
        return page.getByTestId("mail-secrets").innerText();
      },
      { timeout: 20_000 },
    )
    .toContain("The recipient received them; no copy is kept.");
  await expect(page.getByTestId("mail-text")).not.toContainText("token=");
  await expect(page.getByRole("button", { name: "Reveal links and passwords" })).toHaveCount(0);
});
