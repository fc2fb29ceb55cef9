import { decodeProtectedHeader, generateKeyPair, SignJWT } from "jose";
import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { authenticateApiRequest } from "@/lib/oauth/api-auth";
import { publicJwks, rotateSigningKey } from "@/lib/oauth/keys";
import type { ApiScope } from "@/lib/oauth/scopes";
import { tokenEndpoint } from "@/lib/oauth/token-endpoint";
import { apiRequest, basic, makeApiClient, post, type ApiClient } from "@/tests/oauth-fixtures";

/** A token straight from the token endpoint, at a chosen time. */
async function tokenOf(c: ApiClient, now = new Date(), scope?: string): Promise<string> {
  const request = new Request(new URL("/oauth/token", c.issuer), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", authorization: basic(c.clientId, c.secret) },
    body: new URLSearchParams({ grant_type: "client_credentials", ...(scope ? { scope } : {}) }),
  });
  const response = await tokenEndpoint(request, now);
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

async function refusal(c: ApiClient, token: string, scope: ApiScope = "orders:read", now?: Date) {
  const result = await authenticateApiRequest(apiRequest(c, token), scope, now);
  if (result.ok) return { status: 200, code: null, headers: result.headers };
  const body = (await result.response.json()) as { errors: { code: string }[] };
  return {
    status: result.response.status,
    code: body.errors[0]!.code,
    headers: Object.fromEntries(result.response.headers),
  };
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");

describe("API authentication refuses", () => {
  it("a tampered signature, alg none, an HMAC algorithm under our kid and an unknown kid", async () => {
    const c = await makeApiClient();
    const token = await tokenOf(c);
    const [header, payload, signature] = token.split(".") as [string, string, string];
    const flipped = signature.slice(0, 10) + (signature[10] === "A" ? "B" : "A") + signature.slice(11);
    expect((await refusal(c, `${header}.${payload}.${flipped}`)).code).toBe("invalid_token");

    const { kid } = decodeProtectedHeader(token);
    const none = `${b64({ alg: "none", typ: "at+jwt", kid })}.${payload}.`;
    expect((await refusal(c, none)).code).toBe("invalid_token");

    const claims = JSON.parse(Buffer.from(payload, "base64url").toString()) as Record<string, unknown>;
    const publicKeyAsSecret = new TextEncoder().encode(JSON.stringify((await publicJwks()).keys[0]));
    const hmac = await new SignJWT(claims)
      .setProtectedHeader({ alg: "HS256", typ: "at+jwt", kid })
      .sign(publicKeyAsSecret);
    expect((await refusal(c, hmac)).code).toBe("invalid_token");

    const foreign = await generateKeyPair("ES256");
    const unknownKid = await new SignJWT(claims)
      .setProtectedHeader({ alg: "ES256", typ: "at+jwt", kid: "someone-elses-key" })
      .sign(foreign.privateKey);
    expect((await refusal(c, unknownKid)).code).toBe("invalid_token");
    // ours, untouched, passes
    expect((await refusal(c, token)).status).toBe(200);
  });

  it("an expired token, and one of another website", async () => {
    const c = await makeApiClient();
    const old = await tokenOf(c, new Date(Date.now() - 16 * 60_000));
    expect(await refusal(c, old)).toMatchObject({ status: 401, code: "invalid_token" });
    const other = await makeApiClient();
    expect(await refusal(other, await tokenOf(c))).toMatchObject({ status: 401, code: "invalid_token" });
  });

  const changes: [string, (c: ApiClient) => Promise<unknown>][] = [
    [
      "the application is deactivated",
      (c) => prisma.oAuthApplication.update({ where: { id: c.app.id }, data: { active: false } }),
    ],
    ["the application is deleted", (c) => prisma.oAuthApplication.delete({ where: { id: c.app.id } })],
    [
      "the application has expired",
      (c) =>
        prisma.oAuthApplication.update({ where: { id: c.app.id }, data: { expiresAt: new Date(Date.now() - 1000) } }),
    ],
    ["the user is locked", (c) => prisma.customerUser.update({ where: { id: c.user.id }, data: { locked: true } })],
    [
      "the user is locked out for a while",
      (c) =>
        prisma.customerUser.update({ where: { id: c.user.id }, data: { lockedUntil: new Date(Date.now() + 60_000) } }),
    ],
    ["the user is disabled", (c) => prisma.customerUser.update({ where: { id: c.user.id }, data: { enabled: false } })],
    [
      "the password was reset",
      (c) => prisma.customerUser.update({ where: { id: c.user.id }, data: { passwordStatus: "RESET" } }),
    ],
    [
      "the password expired",
      (c) => prisma.customerUser.update({ where: { id: c.user.id }, data: { passwordStatus: "EXPIRED" } }),
    ],
    [
      "the website's API is switched off",
      (c) => prisma.website.update({ where: { id: c.website.id }, data: { apiEnabled: false } }),
    ],
  ];
  for (const [what, change] of changes)
    it(`the next request once ${what}, and new tokens too`, async () => {
      const c = await makeApiClient();
      const token = await tokenOf(c);
      expect((await refusal(c, token)).status).toBe(200);
      await change(c);
      expect(await refusal(c, token)).toMatchObject({ status: 401, code: "invalid_token" });
      const again = await post(
        c,
        "/oauth/token",
        { grant_type: "client_credentials" },
        { authorization: basic(c.clientId, c.secret) },
      );
      expect(again.status).toBe(401);
      expect(await again.json()).toMatchObject({ error: "invalid_client" });
    });

  it("a scope the application lacks (403), and one the owner lost with a role, at once", async () => {
    const c = await makeApiClient({ scopes: ["me:read", "orders:read"] });
    const token = await tokenOf(c);
    expect(await refusal(c, token, "quotes:read")).toMatchObject({ status: 403, code: "insufficient_scope" });
    expect((await refusal(c, token, "orders:read")).status).toBe(200);
    await prisma.customerUserRole.deleteMany({ where: { customerUserId: c.user.id } });
    const lost = await refusal(c, token, "orders:read");
    expect(lost).toMatchObject({ status: 403, code: "insufficient_scope" });
    expect(lost.headers["www-authenticate"]).toBe(
      'Bearer realm="api", error="insufficient_scope", scope="orders:read"',
    );
    // me:read needs no role
    expect((await refusal(c, token, "me:read")).status).toBe(200);
  });

  it("a request without a bearer token, with a challenge and no error code", async () => {
    const c = await makeApiClient();
    const result = await authenticateApiRequest(new Request(new URL("/api/v1/me", c.issuer)), "me:read");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.response.status).toBe(401);
    expect(result.response.headers.get("www-authenticate")).toBe('Bearer realm="api"');
  });

  it("calls beyond the application's rate limit with 429, Retry-After and RateLimit headers", async () => {
    const c = await makeApiClient({ app: { rateLimitPerSecond: 1, rateLimitBurst: 2 } });
    const token = await tokenOf(c);
    const now = new Date();
    expect(await refusal(c, token, "orders:read", now)).toMatchObject({
      status: 200,
      headers: { "RateLimit-Policy": '"application";q=2;w=2', RateLimit: '"application";r=1;t=1' },
    });
    expect((await refusal(c, token, "orders:read", now)).status).toBe(200);
    const limited = await refusal(c, token, "orders:read", now);
    expect(limited).toMatchObject({ status: 429, code: "rate_limited" });
    expect(limited.headers).toMatchObject({ "retry-after": "1", ratelimit: '"application";r=0;t=2' });
    // the refused call took nothing: a second later one token is back
    expect((await refusal(c, token, "orders:read", new Date(now.getTime() + 1000))).status).toBe(200);
    expect((await refusal(c, token, "orders:read", new Date(now.getTime() + 1000))).status).toBe(429);
  });
});

describe("the call's own write", () => {
  it("stamps the last use without leaving its relaxed commit on a pooled connection", async () => {
    const c = await makeApiClient();
    const token = await tokenOf(c);
    for (let i = 0; i < 5; i++) expect((await refusal(c, token)).status).toBe(200);
    const usage = await prisma.oAuthApplicationUsage.findUniqueOrThrow({ where: { applicationId: c.app.id } });
    expect(usage.lastUsedAt).not.toBeNull();
    // every connection the pool hands out afterwards commits durably again
    const settings = await Promise.all(
      Array.from({ length: 8 }, () =>
        prisma.$queryRaw<{ s: string }[]>`SELECT current_setting('synchronous_commit') AS s`.then((r) => r[0]!.s),
      ),
    );
    expect(new Set(settings)).toEqual(new Set(["on"]));
  });
});

describe("signing key rotation", () => {
  it("signs new tokens with the new key while tokens of the former one stay valid until it retires", async () => {
    const c = await makeApiClient();
    const before = await tokenOf(c);
    const { kid, retired } = await rotateSigningKey();
    const after = await tokenOf(c);
    expect(decodeProtectedHeader(after).kid).toBe(kid);
    expect(retired).toContain(decodeProtectedHeader(before).kid);
    expect((await refusal(c, before)).status).toBe(200);
    expect((await refusal(c, after)).status).toBe(200);
    const kids = (await publicJwks()).keys.map((k) => k.kid);
    expect(kids).toEqual(expect.arrayContaining([kid, decodeProtectedHeader(before).kid]));
    const former = await prisma.oAuthSigningKey.findUniqueOrThrow({
      where: { kid: decodeProtectedHeader(before).kid! },
    });
    // it verifies at least as long as the token lives
    expect(former.retiresAt!.getTime()).toBeGreaterThanOrEqual(former.rotatedAt!.getTime() + 15 * 60_000);
  });
});
