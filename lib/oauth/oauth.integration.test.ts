import { decodeProtectedHeader } from "jose";
import * as oauth from "oauth4webapi";
import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { authenticateApiRequest } from "@/lib/oauth/api-auth";
import { hashClientSecret, newClientSecret } from "@/lib/oauth/client-secret";
import {
  apiRequest,
  basic,
  clientOptions,
  discover,
  handlerFetch,
  makeApiClient,
  post,
  type ApiClient,
} from "@/tests/oauth-fixtures";

const authOf = (c: ApiClient, method: "basic" | "post") =>
  method === "basic" ? oauth.ClientSecretBasic(c.secret) : oauth.ClientSecretPost(c.secret);

async function tokenBy(method: "basic" | "post", c: ApiClient, scope?: string) {
  const as = await discover(c);
  const client = { client_id: c.clientId };
  const auth = authOf(c, method);
  const params = new URLSearchParams(scope ? { scope } : {});
  const response = await oauth.clientCredentialsGrantRequest(as, client, auth, params, clientOptions());
  return oauth.processClientCredentialsResponse(as, client, response);
}

async function revoke(c: ApiClient, token: string, method: "basic" | "post") {
  const auth = method === "basic" ? oauth.ClientSecretBasic(c.secret) : oauth.ClientSecretPost(c.secret);
  const response = await oauth.revocationRequest(
    await discover(c),
    { client_id: c.clientId },
    auth,
    token,
    clientOptions(),
  );
  await oauth.processRevocationResponse(response);
}

const errorOf = async (r: Response) => ({
  status: r.status,
  body: (await r.json()) as unknown,
  challenge: r.headers.get("www-authenticate"),
});

describe("the OAuth authorization server with a real client library", () => {
  it("issues a token by client_secret_basic that the API accepts, then refuses once it is revoked", async () => {
    const c = await makeApiClient();
    const token = await tokenBy("basic", c);
    expect(token.token_type).toBe("bearer");
    expect(token.expires_in).toBe(15 * 60);
    expect(token.scope).toBe("me:read addresses:read orders:read orders:write");
    expect(decodeProtectedHeader(token.access_token)).toMatchObject({ typ: "at+jwt", alg: "ES256" });

    const auth = await authenticateApiRequest(apiRequest(c, token.access_token, "203.0.113.9"), "orders:read");
    expect(auth.ok).toBe(true);
    if (!auth.ok) return;
    expect(auth.caller).toEqual({
      customerUser: { id: c.user.id, companyId: c.company.id, websiteId: c.website.id, email: c.user.email },
      application: { id: c.app.id, name: c.app.name, clientId: c.clientId },
      scopes: ["me:read", "addresses:read", "orders:read", "orders:write"],
      ip: "203.0.113.9",
    });
    expect(auth.headers["RateLimit-Policy"]).toBe('"application";q=20;w=2');
    expect(auth.headers.RateLimit).toBe('"application";r=19;t=1');
    const usage = await prisma.oAuthApplicationUsage.findUniqueOrThrow({ where: { applicationId: c.app.id } });
    expect(usage).toMatchObject({ lastUsedIp: "203.0.113.9" });
    expect(usage.lastUsedAt).not.toBeNull();
    expect(
      await prisma.customerLoginAttempt.findMany({
        where: { customerUserId: c.user.id },
        select: { success: true, source: true },
      }),
    ).toEqual([{ success: true, source: "API" }]);

    await revoke(c, token.access_token, "basic");
    const refused = await authenticateApiRequest(apiRequest(c, token.access_token), "orders:read");
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.response.status).toBe(401);
    expect(refused.response.headers.get("content-type")).toBe("application/vnd.api+json");
    expect(refused.response.headers.get("www-authenticate")).toContain('error="invalid_token"');
    expect(await refused.response.json()).toMatchObject({ errors: [{ status: "401", code: "invalid_token" }] });
  });

  it("issues a token by client_secret_post with the scopes asked for, and introspects it for its own client only", async () => {
    const c = await makeApiClient();
    const other = await makeApiClient();
    const token = await tokenBy("post", c, "orders:read");
    expect(token.scope).toBe("orders:read");
    const as = await discover(c);
    const introspect = async (who: ApiClient) => {
      const asOf = await discover(who);
      const client = { client_id: who.clientId };
      const auth = oauth.ClientSecretPost(who.secret);
      const r = await oauth.introspectionRequest(asOf, client, auth, token.access_token, clientOptions());
      return oauth.processIntrospectionResponse(asOf, client, r);
    };
    expect(await introspect(c)).toMatchObject({
      active: true,
      scope: "orders:read",
      client_id: c.clientId,
      sub: c.user.id,
      iss: as.issuer,
      aud: `${as.issuer}/api/v1`,
    });
    // a client of another website learns nothing about it
    expect(await introspect(other)).toEqual({ active: false });
    // nor may it revoke it
    await revoke(other, token.access_token, "post");
    expect((await authenticateApiRequest(apiRequest(c, token.access_token), "orders:read")).ok).toBe(true);
    // a scope the token was not given is refused with 403 insufficient_scope
    const narrow = await authenticateApiRequest(apiRequest(c, token.access_token), "addresses:read");
    expect(narrow.ok).toBe(false);
    if (narrow.ok) return;
    expect(narrow.response.status).toBe(403);
    expect(narrow.response.headers.get("www-authenticate")).toBe(
      'Bearer realm="api", error="insufficient_scope", scope="addresses:read"',
    );
  });

  it("publishes RFC 8414 metadata and a JWKS with the key that signed the token", async () => {
    const c = await makeApiClient();
    const as = await discover(c);
    const issuer = c.website.baseUrl;
    expect(as.issuer).toBe(issuer);
    const endpoints = [as.token_endpoint, as.jwks_uri, as.revocation_endpoint, as.introspection_endpoint];
    expect(endpoints).toEqual(["token", "jwks", "revoke", "introspect"].map((e) => `${issuer}/oauth/${e}`));
    expect(as.grant_types_supported).toEqual(["client_credentials"]);
    expect(as.token_endpoint_auth_methods_supported).toEqual(["client_secret_basic", "client_secret_post"]);
    expect(as.scopes_supported).toContain("orders:read");
    const token = await tokenBy("basic", c);
    const jwks = (await (await handlerFetch()(as.jwks_uri!)).json()) as { keys: Record<string, unknown>[] };
    const signer = jwks.keys.find((k) => k.kid === decodeProtectedHeader(token.access_token).kid);
    expect(signer).toMatchObject({ kty: "EC", crv: "P-256", alg: "ES256", use: "sig" });
    expect(jwks.keys.every((k) => !("d" in k))).toBe(true);
  });

  it("answers a wrong secret, an unknown client and an inactive application alike", async () => {
    const c = await makeApiClient();
    const inactive = await makeApiClient({ app: { active: false } });
    const ask = (id: string, secret: string) =>
      post(c, "/oauth/token", { grant_type: "client_credentials" }, { authorization: basic(id, secret) }).then(errorOf);
    const wrong = await ask(c.clientId, newClientSecret());
    expect(wrong).toEqual({
      status: 401,
      body: { error: "invalid_client", error_description: "Client authentication failed." },
      challenge: 'Basic realm="oauth"',
    });
    expect(await ask("cc_nobody", c.secret)).toEqual(wrong);
    expect(await ask(inactive.clientId, inactive.secret)).toEqual(wrong);
    // a client of another website with its right secret, at this website's token endpoint
    const foreign = await makeApiClient();
    expect(await ask(foreign.clientId, foreign.secret)).toEqual(wrong);
    const failures = await prisma.customerLoginAttempt.findMany({
      where: { customerUserId: c.user.id },
      select: { success: true, source: true, ip: true },
    });
    expect(failures).toEqual([{ success: false, source: "API", ip: "198.51.100.1" }]);
  });

  it("keeps the former secret working until its overlap ends", async () => {
    const c = await makeApiClient();
    const fresh = newClientSecret();
    await prisma.oAuthApplication.update({
      where: { id: c.app.id },
      data: {
        secretHash: hashClientSecret(fresh),
        previousSecretHash: hashClientSecret(c.secret),
        previousSecretExpiresAt: new Date(Date.now() + 60_000),
      },
    });
    expect((await tokenBy("basic", c)).access_token).toBeTruthy();
    expect((await tokenBy("basic", { ...c, secret: fresh })).access_token).toBeTruthy();
    await prisma.oAuthApplication.update({
      where: { id: c.app.id },
      data: { previousSecretExpiresAt: new Date(Date.now() - 1000) },
    });
    const refused = await tokenBy("basic", c).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(oauth.WWWAuthenticateChallengeError);
    expect(refused).toMatchObject({ status: 401 });
  });
});
