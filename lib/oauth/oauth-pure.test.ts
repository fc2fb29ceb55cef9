import { describe, expect, it } from "vitest";

import { parseConfiguredKeys, publicPart } from "./jwk";
import { rateLimitHeaders, refilled, retryAfterSeconds } from "./rate-limit";
import { requestedScopes } from "./requested-scopes";

const ec = { kty: "EC", crv: "P-256", x: "x", y: "y", d: "secret", kid: "k1", alg: "ES256" };

describe("OAUTH_SIGNING_KEYS", () => {
  it("reads a JWK Set of private keys and says what is wrong with a bad one", () => {
    expect(parseConfiguredKeys(JSON.stringify({ keys: [ec] }))).toEqual([{ kid: "k1", alg: "ES256", jwk: ec }]);
    expect(() => parseConfiguredKeys("{")).toThrow(/not JSON/);
    expect(() => parseConfiguredKeys('{"keys":[]}')).toThrow(/at least one key/);
    expect(() => parseConfiguredKeys(JSON.stringify({ keys: [ec, ec] }))).toThrow(/used twice/);
    expect(() => parseConfiguredKeys(JSON.stringify({ keys: [{ ...ec, alg: "HS256" }] }))).toThrow(/"alg" must be/);
    expect(() => parseConfiguredKeys(JSON.stringify({ keys: [{ ...ec, alg: "RS256" }] }))).toThrow(/"kty": "RSA"/);
    expect(() => parseConfiguredKeys(JSON.stringify({ keys: [{ ...ec, d: undefined }] }))).toThrow(/not a private key/);
  });

  it("publishes only the public members", () => {
    const rsa = { kty: "RSA", n: "n", e: "AQAB", d: "d", p: "p", q: "q", dp: "dp", dq: "dq", qi: "qi", kid: "r" };
    expect(publicPart(rsa)).toEqual({ kty: "RSA", n: "n", e: "AQAB", kid: "r", use: "sig" });
    expect(publicPart(ec)).toEqual({ kty: "EC", crv: "P-256", x: "x", y: "y", kid: "k1", alg: "ES256", use: "sig" });
  });
});

describe("the rate bucket's headers", () => {
  it("name the burst, what is left and when the bucket is full again", () => {
    expect(rateLimitHeaders({ perSecond: 10, burst: 20, left: 19 })).toEqual({
      "RateLimit-Policy": '"application";q=20;w=2',
      RateLimit: '"application";r=19;t=1',
    });
    expect(rateLimitHeaders({ perSecond: 1, burst: 5, left: 0.4 }).RateLimit).toBe('"application";r=0;t=5');
    expect(retryAfterSeconds({ perSecond: 2, left: 0.2 })).toBe(1);
    expect(retryAfterSeconds({ perSecond: 0.5, left: 0 })).toBe(2);
    expect(refilled(1, new Date(0), new Date(3000), 2, 5)).toBe(5);
    expect(refilled(1, new Date(0), new Date(1000), 2, 5)).toBe(3);
  });
});

describe("the scopes a token request gets", () => {
  const allowed = ["me:read", "orders:read"] as const;
  it("defaults to all that are allowed, and refuses anything beyond or unknown", () => {
    expect(requestedScopes(null, allowed)).toEqual(["me:read", "orders:read"]);
    expect(requestedScopes("  ", allowed)).toEqual(["me:read", "orders:read"]);
    expect(requestedScopes("orders:read", allowed)).toEqual(["orders:read"]);
    expect(requestedScopes("orders:read quotes:read", allowed)).toBeNull();
    expect(requestedScopes("orders:read openid", allowed)).toBeNull();
    expect(requestedScopes(null, [])).toBeNull();
  });
});
