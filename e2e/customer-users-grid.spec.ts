import { expect, test, type Page } from "@playwright/test";

import { signInOk } from "./fixtures/auth";
import { ADMIN, db, tag, VIEWER } from "./fixtures/db";

test("the customer users grid filters by column, sorts and pages in the URL", async ({ page }) => {
  const t = tag();
  const website = await db.website.findUniqueOrThrow({ where: { code: "shop" } });
  const company = await db.company.create({ data: { name: `Grid Co ${t}`, websiteId: website.id } });
  // 12 users sharing the tag; every third one is disabled; last names run a..l
  await db.customerUser.createMany({
    data: Array.from({ length: 12 }, (_, i) => ({
      companyId: company.id,
      websiteId: website.id,
      email: `grid-${t}-${String(i).padStart(2, "0")}@example.com`,
      firstName: `First${i}`,
      lastName: `${String.fromCharCode(97 + i)}-${t}`,
      enabled: i % 3 !== 0,
    })),
  });
  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/customer-users");
  await expect(page.getByRole("heading", { name: "Customer Users" })).toBeVisible();

  await page.getByLabel("E-mail contains").fill(`${t}-`);
  await page.getByRole("button", { name: "Filter", exact: true }).click();
  await expect(page.getByTestId("grid-range")).toHaveText("1–12 of 12");
  const lastNames = page.getByTestId("customer-user-last-name");
  await expect(lastNames.first()).toHaveText(`a-${t}`);

  // page size 10, then page 2
  await page.getByRole("link", { name: "10", exact: true }).click();
  await expect(page.getByTestId("customer-user-row")).toHaveCount(10);
  await page.getByRole("link", { name: "Next" }).click();
  await expect(page.getByTestId("grid-range")).toHaveText("11–12 of 12");

  // last name is the default sort: a click on its header turns it descending
  await page.getByRole("link", { name: "Last name" }).click();
  await expect(page.getByRole("columnheader", { name: /Last name/ })).toHaveAttribute("aria-sort", "descending");
  await expect(lastNames.first()).toHaveText(`l-${t}`);

  // enabled = no keeps the e-mail filter and the sort
  await page.getByLabel("Filter by Enabled").selectOption("no");
  await page.getByRole("button", { name: "Filter", exact: true }).click();
  await expect(page.getByTestId("grid-range")).toHaveText("1–4 of 4");
  await expect(lastNames).toHaveText([`j-${t}`, `g-${t}`, `d-${t}`, `a-${t}`]);
  await expect(page.getByTestId("customer-user-enabled").first()).toHaveText("No");

  // the URL holds the state
  await page.reload();
  await expect(lastNames).toHaveCount(4);
  expect(page.url()).toContain("enabled=no");
});

test("a row's More options offer what the staff user may do, logging in as a user where it would work and otherwise saying why", async ({
  browser,
}) => {
  const t = tag();
  const website = await db.website.findUniqueOrThrow({ where: { code: "shop" } });
  const company = await db.company.create({ data: { name: `Menu Co ${t}`, websiteId: website.id } });
  const [on, off] = await Promise.all(
    [true, false].map((enabled, i) =>
      db.customerUser.create({
        data: {
          companyId: company.id,
          websiteId: website.id,
          email: `menu-${t}-${i}@example.com`,
          firstName: "Mia",
          lastName: `Menu ${i} ${t}`,
          enabled,
          confirmed: true,
        },
      }),
    ),
  );
  const rowOf = async (page: Page, email: string) => {
    await page.goto(`/admin/customer-users?email=${encodeURIComponent(email)}`);
    const row = page.getByTestId("customer-user-row");
    await row.getByLabel("More options").click();
    return row;
  };

  const admin = await browser.newPage();
  await signInOk(admin, ADMIN.email, ADMIN.password);
  await rowOf(admin, on!.email);
  await expect(admin.getByRole("menuitem", { name: "Log in as a user" })).toHaveAttribute(
    "href",
    `/admin/customer-users/${on!.id}/impersonate`,
  );
  await expect(admin.getByRole("menuitem", { name: "Disable" })).toBeEnabled();
  await expect(admin.getByRole("menuitem", { name: "View company" })).toHaveAttribute(
    "href",
    `/admin/companies/${company.id}`,
  );
  await rowOf(admin, off!.email);
  await expect(admin.getByRole("menuitem", { name: "Enable" })).toBeVisible();
  await expect(admin.getByRole("menuitem", { name: /^Log in as a user$/ })).toHaveCount(0);
  await expect(admin.getByTestId("impersonate-unavailable")).toContainText(
    "This customer user is disabled: nobody can sign in as them.",
  );
  await expect(admin.getByRole("menuitem", { name: "Reset password" })).toHaveCount(0);
  await admin.close();

  // read-only: looking is all that is offered
  const viewer = await browser.newPage();
  await signInOk(viewer, VIEWER.email, VIEWER.password);
  await rowOf(viewer, on!.email);
  await expect(viewer.getByRole("menuitem", { name: "View", exact: true })).toHaveAttribute(
    "href",
    `/admin/customer-users/${on!.id}`,
  );
  await expect(viewer.getByRole("menuitem")).toHaveCount(2);
  await viewer.close();
});

test("the grid and the page say they are loading until what was asked for arrives", async ({ page }) => {
  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/customer-users");
  const grid = page.locator("[data-busy]");
  const loading = page.getByRole("status").filter({ hasText: "Loading…" });
  await expect(page.getByTestId("customer-user-row").first()).toBeVisible();
  await expect(grid).toHaveCount(0);

  // the server answers navigations slowly, so the state in between can be seen
  let release: () => void = () => {};
  const hold = (path: string) => {
    const held = new Promise<void>((r) => (release = r));
    const matches = (url: URL) => url.pathname === path;
    return page
      .route(matches, async (route) => {
        if (route.request().headers()["rsc"] === "1") await held;
        await route.continue();
      })
      .then(() => matches);
  };

  // a filter: the grid dims and says so until its new rows are there
  const gridUrl = await hold("/admin/customer-users");
  await page.getByLabel("E-mail contains").fill("nora.buyer@northwind.example");
  await page.getByRole("button", { name: "Filter", exact: true }).click();
  await expect(grid).toHaveAttribute("aria-busy", "true");
  await expect(loading.first()).toBeAttached();
  release();
  await expect(page.getByTestId("grid-range")).toHaveText("1–1 of 1");
  await expect(grid).toHaveCount(0);
  await expect(loading).toHaveCount(0);
  await page.unroute(gridUrl);

  // another page from the menu: the bar at the top runs until that page is shown
  await hold("/admin/companies");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Companies" }).click();
  await expect(loading).toHaveCount(1);
  release();
  await expect(page.getByRole("heading", { name: "Companies", level: 1 })).toBeVisible();
  await expect(loading).toHaveCount(0);
});
