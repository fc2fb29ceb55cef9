import { expect, test } from "@playwright/test";

import { formReady, signInOk } from "./fixtures/auth";
import { ADMIN, db } from "./fixtures/db";
import { createApiClient } from "./fixtures/oauth";

// the fixture switches the wholesale website's API on: put it back as the seed left it
let apiWasEnabled = false;
test.beforeAll(async () => {
  apiWasEnabled = (await db.website.findUniqueOrThrow({ where: { code: "wholesale" } })).apiEnabled;
});
test.afterAll(async () => {
  await db.website.update({ where: { code: "wholesale" }, data: { apiEnabled: apiWasEnabled } });
});

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;

test("a server client of another origin gets, introspects and revokes a token without cookies; metadata and keys are public", async ({
  request,
  baseURL,
}) => {
  const wholesale = await db.website.findUniqueOrThrow({ where: { code: "wholesale" } });
  const { clientId, secret } = await createApiClient();
  // the requests go to 127.0.0.1, the wholesale website's host: it is the issuer
  const metadata = await request.get("/.well-known/oauth-authorization-server");
  expect(metadata.status()).toBe(200);
  const as = (await metadata.json()) as Record<string, string>;
  expect(as.issuer).toBe(wholesale.baseUrl);
  expect(as.token_endpoint).toBe(`${wholesale.baseUrl}/oauth/token`);
  expect(new URL(baseURL!).host).toBe(new URL(wholesale.baseUrl).host);

  const headers = { authorization: basic(clientId, secret), origin: "https://erp.example" };
  const issued = await request.post("/oauth/token", { headers, form: { grant_type: "client_credentials" } });
  expect(issued.status()).toBe(200);
  expect(issued.headers()["cache-control"]).toBe("no-store");
  expect(issued.headers()["set-cookie"]).toBeUndefined();
  const token = (await issued.json()) as { access_token: string; token_type: string; scope: string };
  expect(token).toMatchObject({ token_type: "Bearer", scope: "me:read orders:read" });

  const kid = (JSON.parse(Buffer.from(token.access_token.split(".")[0]!, "base64url").toString()) as { kid: string })
    .kid;
  const jwks = (await (await request.get("/oauth/jwks")).json()) as { keys: { kid: string }[] };
  expect(jwks.keys.map((k) => k.kid)).toContain(kid);

  const introspect = () =>
    request.post("/oauth/introspect", { headers, form: { token: token.access_token } }).then((r) => r.json());
  expect(await introspect()).toMatchObject({ active: true, scope: "me:read orders:read", client_id: clientId });
  expect((await request.post("/oauth/revoke", { headers, form: { token: token.access_token } })).status()).toBe(200);
  expect(await introspect()).toEqual({ active: false });

  const wrong = await request.post("/oauth/token", {
    headers: { authorization: basic(clientId, "cs_wrong") },
    form: { grant_type: "client_credentials" },
  });
  expect(wrong.status()).toBe(401);
  expect(wrong.headers()["www-authenticate"]).toBe('Basic realm="oauth"');
});

test("the access token lifetime is a system setting, refused out of range next to its field", async ({ page }) => {
  const stored = await db.systemSetting.findUnique({ where: { key: "oauthAccessTokenMinutes" } });
  try {
    await signInOk(page, ADMIN.email, ADMIN.password);
    await page.goto("/admin/settings");
    await formReady(page);
    const field = page.getByLabel("Access token lifetime (minutes)");
    await expect(field).toHaveValue(String(stored?.value ?? 15));
    await field.fill("0");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByTestId("oauthAccessTokenMinutes-error")).toHaveText("Enter a number from 1 to 1440.");
    await field.fill("30");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByTestId("notice")).toHaveText("The settings were saved.");
    await expect
      .poll(async () => (await db.systemSetting.findUnique({ where: { key: "oauthAccessTokenMinutes" } }))?.value)
      .toBe(30);
  } finally {
    await db.systemSetting.deleteMany({ where: { key: "oauthAccessTokenMinutes" } });
    if (stored) await db.systemSetting.create({ data: { key: stored.key, value: stored.value as never } });
  }
});
