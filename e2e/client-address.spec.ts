import { expect, test, type APIRequestContext } from "@playwright/test";

import { signIn, signInOk } from "./fixtures/auth";
import { ADMIN, db, tag, VIEWER } from "./fixtures/db";
import { shopSignIn } from "./fixtures/shop";

// Without a trusted proxy (the suite's TRUST_PROXY is unset) a client's X-Forwarded-For / X-Real-IP are
// lies it tells: throttling and the logs must use the address its connection comes from.
const claimed = (i: number) => `203.0.113.${i + 1}`;
const OWN_KEY = "staff:ip:127.0.0.1";

/** One back-office sign-in through next-auth's credentials callback, claiming to come from `address`. */
async function staffAttempt(request: APIRequestContext, email: string, address: string) {
  const { csrfToken } = (await (await request.get("/api/admin-auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/admin-auth/callback/staff-credentials", {
    form: { csrfToken, email, password: "not-the-password" },
    headers: { "x-forwarded-for": address, "x-real-ip": address },
    maxRedirects: 0,
  });
}

test("60 failed back-office sign-ins claiming 60 addresses count against the one real address and block it", async ({
  page,
  request,
}) => {
  // the suite's other sign-ins come from 127.0.0.1 as well (its limit is 1000): start this client 60
  // failures short of the per-address limit, so exactly these 60 reach it
  const limit = Number(process.env.STAFF_LOGIN_IP_MAX_FAILURES ?? 50);
  const start = { failures: limit - 60, windowStart: new Date(), blockedUntil: null };
  await db.loginThrottle.upsert({ where: { key: OWN_KEY }, create: { key: OWN_KEY, ...start }, update: start });
  try {
    const t = tag();
    for (let i = 0; i < 60; i++) {
      // a new e-mail each time, so no per-account limit is what stops them
      const res = await staffAttempt(request, `nobody-${t}-${i}@example.com`, claimed(i));
      expect(res.headers().location).toContain("error=CredentialsSignin");
    }
    expect(await db.loginThrottle.count({ where: { key: { startsWith: "staff:ip:203.0.113." } } })).toBe(0);

    // now even the right password, claiming yet another address, is refused
    await page.setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.77", "x-real-ip": "198.51.100.77" });
    await signIn(page, VIEWER.email, VIEWER.password);
    await expect(page.getByTestId("login-error")).toHaveText(
      "Too many failed sign-in attempts. Please wait a few minutes and try again.",
    );
  } finally {
    // unblock 127.0.0.1 for the specs after this one
    await db.loginThrottle.deleteMany({
      where: { OR: [{ key: OWN_KEY }, { key: { startsWith: "staff:ip:203.0.113." } }] },
    });
  }
});

test("the storefront's sign-in attempts log shows the address a request came from, not the one it claims", async ({
  page,
}) => {
  const email = `claimed-${tag()}@example.com`;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.200", "x-real-ip": "203.0.113.201" });
  await shopSignIn(page, email, "Not-the-password-1");
  await expect(page.getByTestId("login-error")).toHaveText("Invalid e-mail or password.");
  expect((await db.customerLoginAttempt.findFirstOrThrow({ where: { email } })).ip).toBe("127.0.0.1");

  await signInOk(page, ADMIN.email, ADMIN.password);
  await page.goto(`/admin/customer-login-attempts?email=${encodeURIComponent(email)}`);
  const row = page.getByTestId("login-attempt-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("127.0.0.1");
  await expect(row).not.toContainText("203.0.113.");
});
