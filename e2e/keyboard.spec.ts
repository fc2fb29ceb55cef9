import { expect, test } from "@playwright/test";

import { formReady, signInOk } from "./fixtures/auth";
import { ADMIN, db, tag } from "./fixtures/db";
import { createCustomer } from "./fixtures/shop";

test("keyboard only: a row menu and its confirmation, the company picker, a dialog; focus comes back each time", async ({
  page,
}) => {
  const t = tag();
  const email = `keys-${t}@example.com`;
  const user = await createCustomer({ email, password: `Keys-pass-${t}`, lastName: `Keys ${t}` });
  await signInOk(page, ADMIN.email, ADMIN.password);

  // the skip link is the first stop and leads to the content
  await page.goto(`/admin/customer-users?email=${encodeURIComponent(email)}`);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();

  // the row menu: Enter opens it, Escape closes it with focus back on its button
  const trigger = page.getByTestId("customer-user-row").getByRole("button", { name: "More options" });
  await expect(trigger).toBeEnabled();
  await trigger.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menuitem", { name: "View", exact: true })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toBeHidden();
  await expect(trigger).toBeFocused();

  // arrow keys to Disable, Enter, then confirm in the dialog: nothing changes before the confirmation
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menuitem", { name: "View", exact: true })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: "Edit", exact: true })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: "Disable" })).toBeFocused();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("alertdialog", { name: "Disable" });
  await expect(dialog).toContainText(`Disable Carla Keys ${t}?`);
  expect((await db.customerUser.findUniqueOrThrow({ where: { id: user.id } })).enabled).toBe(true);
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Disable" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("action-notice")).toHaveText("The customer user was disabled.");
  await expect(page.getByTestId("customer-user-enabled")).toHaveText("No");
  await expect(trigger).toBeFocused();
  expect((await db.customerUser.findUniqueOrThrow({ where: { id: user.id } })).enabled).toBe(false);

  // the company picker of the customer user form: type, arrow down, Enter
  const company = await db.company.findUniqueOrThrow({ where: { id: user.companyId } });
  await page.goto("/admin/customer-users/new");
  await formReady(page);
  const picker = page.getByRole("combobox", { name: "Company", exact: true });
  await picker.focus();
  await page.keyboard.type(company.name);
  const option = page.getByRole("option", { name: company.name });
  await expect(option).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await expect(picker).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("listbox")).toBeHidden();
  await expect(picker).toHaveValue(company.name);
  await expect(picker).toBeFocused();
  // the form holds the choice: its Clear button appears
  await expect(page.getByRole("button", { name: "Clear" }).first()).toBeVisible();

  // a dialog opened from a button closes on Escape and gives focus back to that button
  await page.goto(`/admin/customer-users/${user.id}`);
  const enable = page.getByRole("button", { name: "Enable" });
  await expect(enable).toBeEnabled();
  await enable.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alertdialog", { name: "Enable" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("alertdialog")).toBeHidden();
  await expect(enable).toBeFocused();
});
