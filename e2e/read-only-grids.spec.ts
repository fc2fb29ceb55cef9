import { expect, test } from "@playwright/test";
import { signInOk } from "./fixtures/auth";
import { VIEWER } from "./fixtures/db";

test("a viewer without edit or delete sees no empty Actions column, and disabled fields that look read-only", async ({ page }) => {
  await signInOk(page, VIEWER.email, VIEWER.password);
  const grids = [
    ["/admin/roles", "roles-table"], ["/admin/groups", "groups-table"], ["/admin/products", "products-table"],
    ["/admin/price-lists", "price-lists-table"], ["/admin/cms-pages", "cms-pages-table"], ["/admin/consents", "consents-table"],
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
