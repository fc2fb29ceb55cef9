import { expect, test } from "@playwright/test";

import { db } from "./fixtures/db";
import { createApiClient } from "./fixtures/oauth";

// the fixture switches the wholesale website's API on: put it back as the seed left it
let apiWasEnabled = false;
test.beforeAll(async () => {
  apiWasEnabled = (await db.website.findUniqueOrThrow({ where: { code: "wholesale" } })).apiEnabled;
});
test.afterAll(async () => {
  await db.website.update({ where: { code: "wholesale" }, data: { apiEnabled: apiWasEnabled } });
});

const JSON_API = "application/vnd.api+json";

test("a script with a token reads and writes through the storefront API as its owner, in JSON:API", async ({
  request,
}) => {
  const { app, user, clientId, secret } = await createApiClient();
  await db.oAuthApplication.update({
    where: { id: app.id },
    data: { scopes: ["me:read", "orders:read", "shopping-lists:read", "shopping-lists:write"] },
  });
  const issued = await request.post("/oauth/token", {
    headers: { authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString("base64")}` },
    form: { grant_type: "client_credentials" },
  });
  const { access_token: token } = (await issued.json()) as { access_token: string };
  const headers = { authorization: `Bearer ${token}`, accept: JSON_API };

  const me = await request.get("/api/v1/me?fields[users]=email", { headers });
  expect(me.status()).toBe(200);
  expect(me.headers()["content-type"]).toBe(JSON_API);
  expect(me.headers()["server-timing"]).toMatch(/auth;dur=/);
  expect(await me.json()).toMatchObject({ data: { type: "users", id: user.id, attributes: { email: user.email } } });

  const created = await request.post("/api/v1/shopping-lists", {
    headers: { ...headers, "content-type": JSON_API },
    data: JSON.stringify({ data: { type: "shopping-lists", attributes: { name: "From the ERP" } } }),
  });
  expect(created.status()).toBe(201);
  const list = (await created.json()) as { data: { id: string } };
  expect(created.headers()["location"]).toBe(`/api/v1/shopping-lists/${list.data.id}`);
  const audit = await db.auditLog.findFirstOrThrow({
    where: { oauthApplicationId: app.id, action: "api:createShoppingList" },
  });
  expect(audit.actorLabel).toBe(`API: ${app.name} for ${user.email}`);

  const invalid = await request.post("/api/v1/shopping-lists", {
    headers: { ...headers, "content-type": JSON_API, "accept-language": "de" },
    data: JSON.stringify({ data: { type: "shopping-lists", attributes: { name: "" } } }),
  });
  expect(invalid.status()).toBe(422);
  const errors = ((await invalid.json()) as { errors: { source: { pointer: string }; detail: string }[] }).errors;
  expect(errors[0]!.source.pointer).toBe("/data/attributes/name");

  const tooLarge = await request.get("/api/v1/orders?page[size]=101", { headers });
  expect(tooLarge.status()).toBe(400);
  expect(((await tooLarge.json()) as { errors: { source: unknown }[] }).errors[0]!.source).toEqual({
    parameter: "page[size]",
  });
  // a scope the application lacks
  expect((await request.get("/api/v1/addresses", { headers })).status()).toBe(403);
});
