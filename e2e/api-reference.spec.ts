import { expect, test } from "@playwright/test";

test("the API reference renders the OpenAPI document from the app itself, within the content security policy", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") violations.push(m.text());
  });
  const outside: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(new URL(page.url() || "http://x").origin) && r.url().startsWith("http"))
      outside.push(r.url());
  });
  const response = await page.goto("/api/doc");
  expect(response!.headers()["content-security-policy"]).toContain("'strict-dynamic'");
  await expect(page.getByRole("heading", { name: /Concierge storefront API/ })).toBeVisible();
  await page.getByText("/orders", { exact: true }).first().click();
  await expect(page.getByText("Check out one of the caller's shopping lists").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Authorize" })).toBeVisible();
  expect(violations.filter((v) => /Content Security Policy|Refused/i.test(v))).toEqual([]);
  expect(outside.filter((u) => !u.includes("127.0.0.1") && !u.includes("localhost"))).toEqual([]);

  const doc = await page.request.get("/api/v1/openapi.json");
  expect(doc.status()).toBe(200);
  expect(((await doc.json()) as { openapi: string }).openapi).toBe("3.1.0");
});
