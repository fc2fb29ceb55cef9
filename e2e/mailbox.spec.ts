import { expect, test, type Page } from "@playwright/test";

import { signInOk } from "./fixtures/auth";
import { ADMIN, db, tag } from "./fixtures/db";

const menu = (page: Page) => page.getByRole("navigation", { name: "Main navigation" });

test("an admin finds a sent message in System > Mailbox and reads both parts, the HTML without its script", async ({
  page,
}) => {
  const t = tag();
  const to = `invitee-${t}@example.com`;
  const message = await db.emailMessage.create({
    data: {
      idempotencyKey: `e2e:${t}`,
      to,
      subject: `Your invitation ${t}`,
      text: `Hello ${t}, accept at https://shop.example.com/invite/${t}`,
      html: `<p id="greeting">Hello ${t}</p><a href="https://shop.example.com/invite/${t}">Accept</a><script>document.getElementById("greeting").textContent = "scripted"</script>`,
      status: "SENT",
      attempts: 1,
      sentAt: new Date(),
    },
  });
  await signInOk(page, ADMIN.email, ADMIN.password);

  await menu(page).getByRole("link", { name: "Mailbox" }).click();
  await expect(page.getByRole("heading", { name: "Mailbox" })).toBeVisible();
  await page.getByLabel("Recipient contains").fill(`INVITEE-${t}`);
  await page.getByRole("button", { name: "Search" }).click();
  const row = page.getByTestId("mail-row");
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId("mail-to")).toHaveText(to);
  await expect(row.getByTestId("mail-status")).toHaveText("Sent");

  await row.getByRole("link", { name: `Your invitation ${t}` }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/mailbox/${message.id}$`));
  await expect(page.getByTestId("mail-subject")).toHaveText(`Your invitation ${t}`);
  await expect(page.getByTestId("mail-text")).toHaveText(`Hello ${t}, accept at https://shop.example.com/invite/${t}`);
  await expect(page.getByTestId("mail-html")).toHaveAttribute("sandbox", "allow-popups allow-popups-to-escape-sandbox");

  const frame = page.frameLocator('[data-testid="mail-html"]');
  await expect(frame.locator("#greeting")).toHaveText(`Hello ${t}`);
  const link = frame.getByRole("link", { name: "Accept" });
  await expect(link).toHaveAttribute("href", `https://shop.example.com/invite/${t}`);
  // links open in a new tab: the frame's document targets _blank
  await expect(frame.locator("base")).toHaveAttribute("target", "_blank");
});
