import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { saveSettings } from "@/lib/settings/service";
import { basic, handlerFetch, makeApiClient, post, type ApiClient } from "@/tests/oauth-fixtures";
import { makeAdmin, tag } from "@/tests/staff-fixtures";

const token = (c: ApiClient, body: Record<string, string>, headers: Record<string, string> = {}) =>
  post(c, "/oauth/token", body, headers);
const answer = async (r: Response) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> });

describe("POST /oauth/token", () => {
  it("grants client_credentials only: a password grant is unsupported, a missing grant_type malformed", async () => {
    const c = await makeApiClient();
    const auth = { authorization: basic(c.clientId, c.secret) };
    expect(await answer(await token(c, { grant_type: "password", username: "x", password: "y" }, auth))).toMatchObject({
      status: 400,
      body: { error: "unsupported_grant_type" },
    });
    expect(await answer(await token(c, {}, auth))).toMatchObject({ status: 400, body: { error: "invalid_request" } });
  });

  it("refuses two client authentication methods at once, a repeated parameter and a body that is not a form", async () => {
    const c = await makeApiClient();
    const both = await token(
      c,
      { grant_type: "client_credentials", client_id: c.clientId, client_secret: c.secret },
      { authorization: basic(c.clientId, c.secret) },
    );
    expect(await answer(both)).toMatchObject({ status: 400, body: { error: "invalid_request" } });
    const twice = await fetchRaw(c, "grant_type=client_credentials&grant_type=client_credentials");
    expect(await answer(twice)).toMatchObject({ status: 400, body: { error: "invalid_request" } });
    const json = await fetchRaw(c, JSON.stringify({ grant_type: "client_credentials" }), "application/json");
    expect(await answer(json)).toMatchObject({ status: 400, body: { error: "invalid_request" } });
  });

  it("answers invalid_scope for a scope the application lacks or nobody knows, and never caches a token", async () => {
    const c = await makeApiClient({ scopes: ["me:read", "orders:read"] });
    const auth = { authorization: basic(c.clientId, c.secret) };
    for (const scope of ["quotes:read", "orders:read admin", "addresses:write"])
      expect(await answer(await token(c, { grant_type: "client_credentials", scope }, auth))).toMatchObject({
        status: 400,
        body: { error: "invalid_scope" },
      });
    const ok = await token(c, { grant_type: "client_credentials", scope: "orders:read" }, auth);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toBe("no-store");
    expect(await ok.json()).toMatchObject({ token_type: "Bearer", scope: "orders:read" });
    // the token's row holds what it was given
    expect(
      await prisma.oAuthAccessToken.findMany({ where: { applicationId: c.app.id }, select: { scopes: true } }),
    ).toEqual([{ scopes: ["orders:read"] }]);
  });

  it("blocks a client id after ten failures, even with the right secret, and says when to retry", async () => {
    const c = await makeApiClient();
    const ip = `192.0.2.${Math.floor(Math.random() * 200) + 1}`;
    for (let i = 0; i < 10; i++) {
      const wrong = await token(
        c,
        { grant_type: "client_credentials" },
        {
          authorization: basic(c.clientId, `cs_wrong-${i}`),
          "x-forwarded-for": ip,
        },
      );
      expect(wrong.status).toBe(401);
    }
    const blocked = await token(
      c,
      { grant_type: "client_credentials" },
      {
        authorization: basic(c.clientId, c.secret),
        "x-forwarded-for": `198.18.0.${Math.floor(Math.random() * 200) + 1}`,
      },
    );
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("retry-after")).toBe("900");
    expect(await blocked.json()).toMatchObject({ error: "invalid_client" });
    const row = await prisma.loginThrottle.findUniqueOrThrow({ where: { key: `api:client:${c.clientId}` } });
    expect(row.blockedUntil!.getTime()).toBeGreaterThan(Date.now());
    // every attempt is in the sign-in attempts log
    expect(
      await prisma.customerLoginAttempt.count({ where: { customerUserId: c.user.id, source: "API", success: false } }),
    ).toBe(11);
  });

  it("blocks an address after as many failures as storefront sign-ins allow, whichever client ids it tried", async () => {
    const c = await makeApiClient();
    const ip = `198.19.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`;
    const from = (id: string, secret: string) =>
      token(c, { grant_type: "client_credentials" }, { authorization: basic(id, secret), "x-forwarded-for": ip });
    // each guess at another client id
    for (let i = 0; i < env.SHOP_LOGIN_IP_MAX_FAILURES; i++)
      expect((await from(`cc_guess-${tag()}`, "cs_guess")).status).toBe(401);
    const blocked = await from(c.clientId, c.secret);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    // the client itself is not blocked elsewhere
    expect(
      (await token(c, { grant_type: "client_credentials" }, { authorization: basic(c.clientId, c.secret) })).status,
    ).toBe(200);
  });

  it("starts the client's count afresh after a success, and writes nothing to the throttle for a clean one", async () => {
    const c = await makeApiClient();
    const ip = { "x-forwarded-for": `198.18.1.${Math.floor(Math.random() * 200) + 1}` };
    for (let i = 0; i < 3; i++)
      expect(
        (await token(c, { grant_type: "client_credentials" }, { authorization: basic(c.clientId, "cs_wrong"), ...ip }))
          .status,
      ).toBe(401);
    const key = `api:client:${c.clientId}`;
    expect((await prisma.loginThrottle.findUniqueOrThrow({ where: { key } })).failures).toBe(3);
    const ok = await token(
      c,
      { grant_type: "client_credentials" },
      { authorization: basic(c.clientId, c.secret), ...ip },
    );
    expect(ok.status).toBe(200);
    expect(await prisma.loginThrottle.findUnique({ where: { key } })).toBeNull();
    // a success after it leaves the throttle untouched; both are in the attempts log
    expect(
      (await token(c, { grant_type: "client_credentials" }, { authorization: basic(c.clientId, c.secret), ...ip }))
        .status,
    ).toBe(200);
    expect(await prisma.loginThrottle.findUnique({ where: { key } })).toBeNull();
    expect(
      await prisma.customerLoginAttempt.count({ where: { customerUserId: c.user.id, source: "API", success: true } }),
    ).toBe(2);
  });

  it("gives tokens the lifetime set in System > Settings", async () => {
    const c = await makeApiClient();
    const { actor } = await makeAdmin();
    await saveSettings(actor, { oauthAccessTokenMinutes: 5 });
    try {
      const r = await token(c, { grant_type: "client_credentials" }, { authorization: basic(c.clientId, c.secret) });
      expect(await r.json()).toMatchObject({ expires_in: 300 });
      const row = await prisma.oAuthAccessToken.findFirstOrThrow({ where: { applicationId: c.app.id } });
      expect(row.expiresAt.getTime() - row.issuedAt.getTime()).toBeLessThanOrEqual(300_000);
      expect(row.expiresAt.getTime() - row.issuedAt.getTime()).toBeGreaterThan(299_000);
    } finally {
      await prisma.systemSetting.deleteMany({ where: { key: "oauthAccessTokenMinutes" } });
    }
  });

  it("records an unknown client's attempt under the id it gave, on the request's website", async () => {
    const c = await makeApiClient();
    const unknown = `cc_unknown-${tag()}`;
    const r = await token(c, { grant_type: "client_credentials", client_id: unknown, client_secret: "cs_x" });
    expect(r.status).toBe(401);
    expect(
      await prisma.customerLoginAttempt.findMany({
        where: { email: unknown },
        select: { websiteId: true, customerUserId: true, success: true, source: true },
      }),
    ).toEqual([{ websiteId: c.website.id, customerUserId: null, success: false, source: "API" }]);
  });
});

/** A body exactly as given, for what URLSearchParams would never produce. */
const fetchRaw = (c: ApiClient, body: string, type = "application/x-www-form-urlencoded") =>
  handlerFetch()(new URL("/oauth/token", c.issuer), {
    method: "POST",
    headers: { "content-type": type, authorization: basic(c.clientId, c.secret) },
    body,
  });
