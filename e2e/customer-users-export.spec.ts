import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";

import { signInOk } from "./fixtures/auth";
import { ADMIN, db, tag } from "./fixtures/db";

test("Export downloads the customer users the grid's filters select, in its order", async ({ page }) => {
  const t = tag();
  const website = await db.website.findUniqueOrThrow({ where: { code: "shop" } });
  const company = await db.company.create({ data: { name: `Export Co ${t}`, websiteId: website.id } });
  // four users sharing the tag; the second is disabled
  await db.customerUser.createMany({
    data: ["d", "b", "c", "a"].map((l, i) => ({
      companyId: company.id,
      websiteId: website.id,
      email: `export-${t}-${i}@example.com`,
      firstName: `First ${l}`,
      lastName: `${l}-${t}`,
      enabled: i !== 1,
    })),
  });
  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/customer-users");
  await page.getByLabel("E-mail contains").fill(`export-${t}`);
  await page.getByLabel("Filter by Enabled").selectOption("yes");
  await page.getByRole("button", { name: "Filter", exact: true }).click();
  await expect(page.getByTestId("grid-range")).toHaveText("1–3 of 3");

  await page.getByText("Export", { exact: true }).click();
  await page.getByLabel("Separator").selectOption("semicolon");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export users" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^customer-users-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parse(await readFile((await download.path())!, "utf8"), { bom: true, delimiter: ";" }) as string[][];
  const lastName = rows[0]!.indexOf("Last Name");
  expect(rows.slice(1).map((r) => r[lastName])).toEqual([`a-${t}`, `c-${t}`, `d-${t}`]);
});
