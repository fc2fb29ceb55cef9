import { decodeProtectedHeader, exportJWK, generateKeyPair, type JWK } from "jose";
import { afterEach, describe, expect, it, vi } from "vitest";

import { prisma } from "@/lib/db";
import { secretBox } from "@/lib/secret-box";
import { makeApiClient, type ApiClient } from "@/tests/oauth-fixtures";

/** The OAuth modules as a freshly started instance loads them, with OAUTH_SIGNING_KEYS as given. */
async function freshInstance(configured?: string) {
  vi.resetModules();
  if (configured === undefined) delete process.env.OAUTH_SIGNING_KEYS;
  else process.env.OAUTH_SIGNING_KEYS = configured;
  return {
    keys: await import("@/lib/oauth/keys"),
    tokens: await import("@/lib/oauth/token-endpoint"),
    api: await import("@/lib/oauth/api-auth"),
  };
}

afterEach(() => {
  delete process.env.OAUTH_SIGNING_KEYS;
  vi.resetModules();
});

async function privateJwk(alg: "EdDSA" | "RS256" | "ES256", kid: string): Promise<JWK> {
  const { privateKey } = await generateKeyPair(alg, { extractable: true });
  return { ...(await exportJWK(privateKey)), kid, alg };
}

function tokenRequest(c: ApiClient) {
  return new Request(new URL("/oauth/token", c.issuer), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "client_credentials", client_id: c.clientId, client_secret: c.secret }),
  });
}

const apiCall = (c: ApiClient, token: string) =>
  new Request(new URL("/api/v1/me", c.issuer), { headers: { authorization: `Bearer ${token}` } });

describe("signing keys from OAUTH_SIGNING_KEYS", () => {
  it("sign with the first key, publish every key's public half, and cannot be rotated by the script", async () => {
    const c = await makeApiClient();
    const set = { keys: [await privateJwk("EdDSA", "ed-2026"), await privateJwk("RS256", "rs-2025")] };
    const { keys, tokens, api } = await freshInstance(JSON.stringify(set));
    expect(await keys.oauthKeysStatus()).toEqual({ usable: true });
    const published = (await keys.publicJwks()).keys;
    expect(published.map((k) => [k.kid, k.alg, k.use])).toEqual([
      ["ed-2026", "EdDSA", "sig"],
      ["rs-2025", "RS256", "sig"],
    ]);
    expect(published.some((k) => "d" in k || "p" in k)).toBe(false);
    const response = await tokens.tokenEndpoint(tokenRequest(c));
    const { access_token } = (await response.json()) as { access_token: string };
    expect(decodeProtectedHeader(access_token)).toMatchObject({ alg: "EdDSA", kid: "ed-2026" });
    expect((await api.authenticateApiRequest(apiCall(c, access_token), "me:read")).ok).toBe(true);
    await expect(keys.rotateSigningKey()).rejects.toThrow(/OAUTH_SIGNING_KEYS configures the signing keys/);
  });

  it("report an unusable value and issue no token, without throwing", async () => {
    const c = await makeApiClient();
    const noKid = { ...(await privateJwk("ES256", "x")), kid: undefined };
    const publicOnly = { ...(await privateJwk("ES256", "p")), d: undefined };
    for (const bad of [
      "not json",
      '{"keys": []}',
      JSON.stringify({ keys: [noKid] }),
      JSON.stringify({ keys: [publicOnly] }),
    ]) {
      const { keys, tokens } = await freshInstance(bad);
      expect(await keys.oauthKeysStatus()).toEqual({ usable: false });
      const response = await tokens.tokenEndpoint(tokenRequest(c));
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ error: "temporarily_unavailable" });
    }
  });
});

describe("stored signing keys", () => {
  it("after AUTH_SECRET changed: unusable for signing, old tokens still verify, and a rotation repairs it", async () => {
    const c = await makeApiClient();
    let instance = await freshInstance();
    const before = (await (await instance.tokens.tokenEndpoint(tokenRequest(c))).json()) as { access_token: string };
    const { kid } = decodeProtectedHeader(before.access_token);
    await prisma.oAuthSigningKey.update({
      where: { kid: kid! },
      data: { privateJwkSealed: secretBox("a-former-auth-secret", "oauth-signing-key").seal("{}") },
    });
    instance = await freshInstance();
    expect(await instance.keys.oauthKeysStatus()).toEqual({ usable: false });
    expect((await instance.tokens.tokenEndpoint(tokenRequest(c))).status).toBe(503);
    expect((await instance.api.authenticateApiRequest(apiCall(c, before.access_token), "me:read")).ok).toBe(true);
    await instance.keys.rotateSigningKey();
    expect(await instance.keys.oauthKeysStatus()).toEqual({ usable: true });
    expect((await instance.tokens.tokenEndpoint(tokenRequest(c))).status).toBe(200);
  });

  it("an instance that meets a key another instance made reloads its keys, at most every few seconds", async () => {
    const c = await makeApiClient();
    const a = await freshInstance();
    await a.keys.publicJwks();
    const b = await freshInstance();
    const { kid } = await b.keys.rotateSigningKey();
    const issued = (await (await b.tokens.tokenEndpoint(tokenRequest(c))).json()) as { access_token: string };
    expect(decodeProtectedHeader(issued.access_token).kid).toBe(kid);
    // a moment later the unknown kid makes instance a read the keys again
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 6_000 });
    try {
      expect((await a.api.authenticateApiRequest(apiCall(c, issued.access_token), "me:read")).ok).toBe(true);
      expect((await a.keys.publicJwks()).keys.map((k) => k.kid)).toContain(kid);
    } finally {
      vi.useRealTimers();
    }
  });

  it("several instances starting at once end up with one signing key", async () => {
    await prisma.oAuthSigningKey.updateMany({
      where: { rotatedAt: null },
      data: { rotatedAt: new Date(), retiresAt: new Date(Date.now() + 60 * 60_000) },
    });
    const instances = [];
    for (let i = 0; i < 8; i++) instances.push((await freshInstance()).keys);
    const signers = await Promise.all(instances.map((k) => k.currentSigner()));
    expect(new Set(signers.map((s) => s.kid)).size).toBe(1);
    expect(await prisma.oAuthSigningKey.count({ where: { rotatedAt: null } })).toBe(1);
  });
});
