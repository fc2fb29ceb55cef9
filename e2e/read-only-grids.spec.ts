import { expect, test } from "@playwright/test";
import { signInOk } from "./fixtures/auth";
import { VIEWER } from "./fixtures/db";

test("a viewer without edit or delete sees no empty Actions column", async ({ page }) => {
  await signInOk(page, VIEWER.email, VIEWER.password);
  for (const [path, table] of [["/admin/roles", "roles-table"], ["/admin/groups", "groups-table"]] as const) {
    await page.goto(path);
    await expect(page.getByTestId(table)).toBeVisible();
    await expect(page.getByTestId(table).getByRole("columnheader", { name: "Actions" })).toHaveCount(0);
  }
});
