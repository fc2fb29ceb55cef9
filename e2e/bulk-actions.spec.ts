import { expect, test } from "@playwright/test";

import { signInOk } from "./fixtures/auth";
import { ADMIN, db, tag } from "./fixtures/db";

test("a bulk disable of three customer users, confirmed in the page, audited as one run that each user's entry names", async ({
  page,
}) => {
  const t = tag();
  const website = await db.website.findUniqueOrThrow({ where: { code: "shop" } });
  const company = await db.company.create({ data: { name: `Bulk Co ${t}`, websiteId: website.id } });
  await db.customerUser.createMany({
    data: Array.from({ length: 4 }, (_, i) => ({
      companyId: company.id,
      websiteId: website.id,
      email: `bulk-${t}-${i}@example.com`,
      firstName: "Bea",
      lastName: `${String.fromCharCode(97 + i)}-${t}`,
    })),
  });
  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.goto(`/admin/customer-users?email=bulk-${t}`);
  const rows = page.getByTestId("customer-user-row");
  await expect(rows).toHaveCount(4);

  // the page's box ticks all four; untick the last one
  await page.getByLabel("Select all on this page").check();
  await expect(page.getByTestId("bulk-count")).toHaveText("4 customer users selected");
  await page.getByLabel(`Select Bea d-${t}`).uncheck();
  await expect(page.getByTestId("bulk-count")).toHaveText("3 customer users selected");

  await page.getByTestId("bulk-action").selectOption("disable");
  await page.getByTestId("bulk-apply").click();
  await expect(page.getByRole("alertdialog")).toContainText("Disable 3 customer users?");
  await page.getByTestId("bulk-confirm").click();
  await expect(page.getByTestId("bulk-result")).toContainText("3 customer users changed, 0 refused.");
  await expect(page.getByTestId("customer-user-enabled")).toHaveText(["No", "No", "No", "Yes"]);

  // the audit log of the run: the run itself and one "Disabled" entry per user
  await page.getByTestId("bulk-audit").click();
  await expect(page.getByTestId("audit-run-only")).toBeVisible();
  const entries = page.getByTestId("audit-row");
  await expect(entries).toHaveCount(4);
  // the run's own entry, and the three users' entries that link to it
  await expect(entries.filter({ has: page.getByRole("cell", { name: "Bulk change", exact: true }) })).toHaveCount(1);
  await expect(entries.filter({ hasText: "Disabled" })).toHaveCount(4);
  await expect(page.getByTestId("audit-bulk-run")).toHaveCount(3);
  for (const letter of ["a", "b", "c"]) await expect(entries.filter({ hasText: `${letter}-${t}` })).toHaveCount(1);
});
