import { expect, test, type Page } from "@playwright/test";

import { signInOk } from "./fixtures/auth";
import { ADMIN } from "./fixtures/db";

/** The id and path of a real server action, taken from the storefront sign-in form's own post. */
async function loginActionRequest(page: Page) {
  await page.goto("/login");
  await page.locator("form[data-hydrated=true]").waitFor();
  await page.getByLabel("E-mail").fill("nobody@example.com");
  await page.getByLabel("Password", { exact: true }).fill("wrong-password-1");
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
  return { url: request.url(), action: request.headers()["next-action"]! };
}

test("text that cannot be stored in a URL is a 400, in the shop and in the back office, never a 500", async ({
  page,
}) => {
  expect((await page.request.get("/products?q=%00")).status()).toBe(400);
  expect((await page.request.get("/pages/%00")).status()).toBe(400);
  expect((await page.request.get("/products?q=desk")).status()).toBe(200);
  await signInOk(page, ADMIN.email, ADMIN.password);
  for (const path of [
    "/admin/customer-users?email=%00",
    "/admin/users?q=%00",
    "/admin/companies?q=%00",
    "/admin/orders?q=%00",
    "/admin/mailbox?q=%00",
  ]) {
    expect((await page.request.get(path)).status(), path).toBe(400);
  }
  expect((await page.request.get("/admin/users?q=ok")).status()).toBe(200);
});

test("a server action refuses another site's post with 403, an unreadable body with 400 and an oversized one with 413", async ({
  page,
  baseURL,
}) => {
  const { url, action } = await loginActionRequest(page);
  const post = (body: string, headers: Record<string, string> = {}) =>
    page.request.post(url, {
      headers: { "next-action": action, "content-type": "text/plain;charset=UTF-8", origin: baseURL!, ...headers },
      data: body,
    });

  expect(
    (await post('[{"email":"a@example.com","password":"x","next":"/"}]', { origin: "http://evil.example" })).status(),
  ).toBe(403);
  for (const body of ['[{"email":', '"x"', "null", '["$Q1"]', '["$h1"]', '["$1"]', '["$n12a"]']) {
    expect((await post(body)).status(), body).toBe(400);
  }
  expect((await post(`[{"email":"${"a".repeat(4 * 1024 * 1024)}"}]`)).status()).toBe(413);
  // the same action with a well-formed body still answers normally
  expect((await post('[{"email":"nobody@example.com","password":"wrong-password-1","next":"/"}]')).status()).toBe(200);
  // a plain form post from another site (no JavaScript) is refused the same way
  const form = await page.request.post("/", {
    headers: { origin: "http://evil.example" },
    multipart: { [`$ACTION_ID_${action}`]: "" },
  });
  expect(form.status()).toBe(403);
});

test("both realms send a nonce-based content security policy, refuse framing, and still run their scripts", async ({
  page,
}) => {
  for (const path of ["/login", "/admin/login"]) {
    const response = (await page.goto(path))!;
    const csp = response.headers()["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce, path).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers()["x-frame-options"]).toBe("DENY");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    // every script of the page carries this response's nonce, and the page hydrates (its scripts ran)
    const nonces = await page
      .locator("script")
      .evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
    expect(nonces.length).toBeGreaterThan(0);
    expect(new Set(nonces)).toEqual(new Set([nonce]));
    await expect(page.locator("form[data-hydrated=true]")).toHaveCount(1);
  }
});
