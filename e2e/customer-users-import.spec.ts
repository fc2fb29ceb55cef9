import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";

import { signInOk } from "./fixtures/auth";
import { ADMIN, db, tag } from "./fixtures/db";

const HEAD = "Email Address,First Name,Last Name,Website,Customer Name,Roles 1 Role,Enabled";

async function upload(page: Page, name: string, text: string) {
  await page.goto("/admin/customer-users/import");
  await page.getByLabel("CSV file").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page).toHaveURL(/\/admin\/customer-users\/import\/\w+$/);
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await page.getByRole("button", { name: "Validate" }).click();
}

async function importValidated(page: Page) {
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("progressbar")).toBeVisible();
  await expect(page.getByTestId("import-progress")).toContainText("100 %", { timeout: 30_000 });
  await expect(page.getByTestId("import-status")).toHaveText("Finished");
}

test("Import: template, per-row errors with line numbers, fix, validate, import with progress, error report, undo", async ({
  page,
}) => {
  const t = tag();
  const website = await db.website.findUniqueOrThrow({ where: { code: "shop" } });
  await db.company.create({ data: { name: `Import Co ${t}`, websiteId: website.id } });
  await db.customerRole.create({ data: { name: `Importer ${t}` } });
  const line = (n: string, email = `imp-${t}-${n}@example.com`) =>
    `${email},First ${n},Last ${n},${website.name},Import Co ${t},Importer ${t},1`;

  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/customer-users");
  await page.getByRole("link", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Import customer users" })).toBeVisible();
  await expect(page.getByTestId("breadcrumbs")).toHaveText(/Customer Users\s*\/\s*Import$/);

  const [template] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Users template" }).click(),
  ]);
  const rows = parse(await readFile((await template.path())!, "utf8"), { bom: true }) as string[][];
  expect(rows[0]!.slice(0, 3)).toEqual(["ID", "Name Prefix", "First Name"]);

  // a file with errors: a bad e-mail, and two rows with one e-mail
  await upload(
    page,
    `broken-${t}.csv`,
    [HEAD, line("a", "not-an-email"), line("b"), line("c", `imp-${t}-b@example.com`)].join("\r\n"),
  );
  await expect(page.getByTestId("validation-summary")).toHaveText(
    "3 rows read: 0 to create, 0 to update, 0 unchanged, 3 with errors.",
  );
  await expect(page.getByTestId("row-line-2")).toContainText("Email Address: Enter a valid e-mail address.");
  await expect(page.getByTestId("row-line-3")).toContainText("This e-mail address is also on line(s) 4 of the file.");
  await expect(page.getByTestId("row-line-4")).toContainText("This e-mail address is also on line(s) 3 of the file.");

  // fixed and uploaded again
  await upload(page, `fixed-${t}.csv`, [HEAD, line("a"), line("b"), line("c")].join("\r\n"));
  await expect(page.getByTestId("detected")).toHaveText("UTF-8, comma-separated");
  await expect(page.getByTestId("validation-summary")).toHaveText(
    "3 rows read: 3 to create, 0 to update, 0 unchanged, 0 with errors.",
  );
  await importValidated(page);
  await expect(page.getByTestId("import-progress")).toContainText("created 3");

  await page.goto(`/admin/customer-users?email=imp-${t}`);
  await expect(page.getByTestId("grid-range")).toHaveText("1–3 of 3");
  await expect(page.getByTestId("customer-users-table")).toContainText("First b");
  // its end was seen on its page: no notice of it elsewhere
  await expect(page.getByTestId("import-notice").filter({ hasText: `fixed-${t}.csv` })).toHaveCount(0);

  // a partly failing file: one new user, one unknown role
  await upload(
    page,
    `partly-${t}.csv`,
    [HEAD, line("d"), line("e").replace(`Importer ${t}`, "No such role")].join("\r\n"),
  );
  await expect(page.getByTestId("validation-summary")).toHaveText(
    "2 rows read: 1 to create, 0 to update, 0 unchanged, 1 with errors.",
  );
  // started, then left: the back office says when it has ended, on whatever page, and leads back to it
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("progressbar")).toBeVisible();
  await page.goto("/admin/customer-users");
  const notice = page.getByTestId("import-notice").filter({ hasText: `partly-${t}.csv` });
  await expect(async () => {
    await page.reload();
    await expect(notice).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(notice).toContainText("has finished: 2 rows read, 1 created, 0 updated, 0 unchanged, 1 errors.");
  await notice.getByRole("link", { name: "Open the import" }).click();
  await expect(page.getByTestId("import-status")).toHaveText("Finished");
  await page.goto("/admin/customer-users");
  await expect(page.getByTestId("customer-users-table")).toBeVisible();
  await expect(notice).toHaveCount(0);
  await page.goBack();
  const [report] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download the error report" }).click(),
  ]);
  const reported = parse(await readFile((await report.path())!, "utf8"), { bom: true }) as string[][];
  expect(reported).toHaveLength(2);
  expect(reported[1]![0]).toBe(`imp-${t}-e@example.com`);
  expect(reported[1]![7]).toBe('Line 3: Roles 1 Role: No role "No such role" for this customer.');

  await page.getByRole("button", { name: "Undo this import" }).click();
  await expect(page.getByTestId("undo-result")).toHaveText("Undone: 0 restored, 1 created users disabled, 0 skipped.");
  expect((await db.customerUser.findFirstOrThrow({ where: { email: `imp-${t}-d@example.com` } })).enabled).toBe(false);
});

test("Import: a file larger than the 10 MB the proxy holds arrives whole", async ({ page }) => {
  const t = tag();
  const name = `large-${t}.csv`;
  const rows = [HEAD];
  // few, long rows: the size is what matters, and fewer records parse faster
  const long = "x".repeat(540);
  for (let i = 0; rows.length < 20_000; i++) rows.push(`imp-${t}-${i}@example.com,First ${i},${long},Shop,Co,Role,1`);
  const bytes = Buffer.from(rows.join("\r\n"));
  expect(bytes.length).toBeGreaterThan(10.5 * 1024 * 1024);

  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/customer-users/import");
  await page.getByLabel("CSV file").setInputFiles({ name, mimeType: "text/csv", buffer: bytes });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page).toHaveURL(/\/admin\/customer-users\/import\/\w+$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { name })).toBeVisible();
  const stored = await db.csvImport.findFirstOrThrow({ where: { fileName: name }, select: { size: true } });
  expect(stored.size).toBe(bytes.length);
});
