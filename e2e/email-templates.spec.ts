import { expect, test, type Page } from "@playwright/test";

import { formReady, signInOk } from "./fixtures/auth";
import { ADMIN, tag } from "./fixtures/db";

const menu = (page: Page) => page.getByRole("navigation", { name: "Main navigation" });

test("an admin edits the German welcome e-mail: an unknown variable is refused at its field, the preview fills in example values with the HTML inert, the fix is saved", async ({
  page,
}) => {
  const t = tag();
  await signInOk(page, ADMIN.email, ADMIN.password);

  await menu(page).getByRole("link", { name: "E-mail templates" }).click();
  await expect(page.getByRole("heading", { name: "E-mail templates" })).toBeVisible();
  const germanWelcome = page
    .getByTestId("template-row")
    .filter({ has: page.getByRole("link", { name: "Welcome", exact: true }) })
    .filter({ hasText: "Deutsch" });
  await germanWelcome.getByRole("link", { name: "Welcome", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Welcome (Deutsch)" })).toBeVisible();
  await expect(page.getByTestId("template-variables")).toContainText("{{ loginUrl }}");
  await formReady(page);

  await page.getByLabel("Subject").fill(`Willkommen {{ firstName }} ${t} {{ discount }}`);
  await page
    .getByLabel("HTML (optional)")
    .fill(`<p>Hallo <b>{{ firstName }}</b></p><script>document.body.textContent = "scripted"</script>`);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("subject-error")).toHaveText(
    "The variable “discount” is not available in this template.",
  );

  await page.getByLabel("Subject").fill(`Willkommen {{ firstName }} ${t}`);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("subject-error")).toHaveCount(0);
  await expect(page.getByTestId("preview-subject")).toHaveText(`Willkommen Ada ${t}`);
  await expect(page.getByTestId("preview-text")).toContainText("Hallo Ada Lovelace");
  const frame = page.frameLocator("[data-testid=preview-html]");
  await expect(frame.locator("b")).toHaveText("Ada");
  await expect(frame.locator("p")).toHaveText("Hallo Ada");
  await expect(page.getByTestId("preview-html")).not.toHaveAttribute("sandbox", /allow-scripts/);

  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("notice")).toHaveText("The template has been saved.");
  await expect(germanWelcome.getByTestId("template-subject")).toHaveText(`Willkommen {{ firstName }} ${t}`);
});
