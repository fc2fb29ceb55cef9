import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";

import { formReady, signInOk } from "./fixtures/auth";
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

async function setExportThreshold(page: Page, value: string) {
  await page.goto("/admin/settings");
  await formReady(page);
  await page.getByLabel("Background export above (customer users)").fill(value);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByTestId("notice")).toHaveText("The settings were saved.");
}

test("Export above the threshold runs in the background: progress to done, a notice, the download", async ({
  page,
}) => {
  const t = tag();
  const website = await db.website.findUniqueOrThrow({ where: { code: "shop" } });
  const company = await db.company.create({ data: { name: `Job Co ${t}`, websiteId: website.id } });
  await db.customerUser.createMany({
    data: Array.from({ length: 6 }, (_, i) => ({
      companyId: company.id,
      websiteId: website.id,
      email: `job-${t}-${i}@example.com`,
      firstName: `=Job ${i}`,
      lastName: `${String.fromCharCode(102 - i)}-${t}`,
    })),
  });
  await signInOk(page, ADMIN.email, ADMIN.password);
  await setExportThreshold(page, "5");
  try {
    await page.goto(`/admin/customer-users?email=job-${t}`);
    await expect(page.getByTestId("grid-range")).toHaveText("1–6 of 6");
    await page.getByText("Export", { exact: true }).click();
    await page.getByLabel("Separator").selectOption("semicolon");
    await page.getByRole("button", { name: "Export users" }).click();

    await expect(page).toHaveURL(/\/admin\/customer-users\/exports\?queued=/);
    await expect(page.getByTestId("export-queued")).toBeVisible();
    const row = page.getByTestId("export-row").first();
    await expect(row.getByTestId("export-status")).toHaveText("Done");
    await expect(row.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");
    await expect(row.getByTestId("export-rows")).toHaveText("6");
    await expect(page.getByTestId("export-notice").first()).toContainText("is ready");

    const [download] = await Promise.all([page.waitForEvent("download"), row.getByTestId("export-download").click()]);
    expect(download.suggestedFilename()).toMatch(/^customer-users-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile((await download.path())!, "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(text, { bom: true, delimiter: ";" }) as string[][];
    const at = (name: string) => rows[0]!.indexOf(name);
    expect(rows.slice(1).map((r) => r[at("Last Name")])).toEqual(
      ["a", "b", "c", "d", "e", "f"].map((l) => `${l}-${t}`),
    );
    // a formula cell is neutralised in the file, as in a direct export
    expect(rows[1]![at("First Name")]).toBe("'=Job 5");
  } finally {
    await setExportThreshold(page, "5000");
  }
});
