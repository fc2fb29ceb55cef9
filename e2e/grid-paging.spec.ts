import { expect, test } from "@playwright/test";

import { signInOk } from "./fixtures/auth";
import { ADMIN, db, tag } from "./fixtures/db";
import { createCustomer, shopSignInOk } from "./fixtures/shop";

test("a back-office grid asked for a page past its end shows the last page", async ({ page }) => {
  const t = tag();
  await db.staffUser.createMany({
    data: Array.from({ length: 5 }, (_, i) => ({
      email: `past-${t}-${i}@example.com`,
      passwordHash: "not-a-login",
      firstName: "Past",
      lastName: `${t}-${i}`,
    })),
  });
  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.goto(`/admin/users?q=${t}&sort=email&dir=asc&page=99&size=10`);
  await expect(page.getByTestId("grid-range")).toHaveText("1–5 of 5");
  await expect(page.getByTestId("user-row")).toHaveCount(5);
  expect(new URL(page.url()).searchParams.get("page")).toBeNull();
});

test("a storefront list asked for a page past its end shows the last page", async ({ page }) => {
  const email = `past-shop-${tag()}@example.com`;
  await createCustomer({ email, password: "Correct-horse-9" });
  await shopSignInOk(page, email, "Correct-horse-9");
  await page.goto("/products?page=99");
  await expect(page.getByTestId("shop-page")).not.toContainText("99");
  await page.goto("/orders?page=99");
  await expect(page.getByTestId("orders-page")).toHaveText(/^Page 1 of 1$/);
});
