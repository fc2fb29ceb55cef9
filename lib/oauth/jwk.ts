import type { JWK } from "jose";

/** The asymmetric algorithms access tokens may be signed with; verification accepts no other (never `none` or HMAC). */
export const SIGNING_ALGORITHMS = ["ES256", "EdDSA", "RS256"] as const;
export type SigningAlgorithm = (typeof SIGNING_ALGORITHMS)[number];

/** The members of a JWK that belong to the private key (RFC 7517/7518), never published. */
const PRIVATE_MEMBERS = new Set(["d", "p", "q", "dp", "dq", "qi", "oth", "k"]);
const KEY_TYPE: Record<SigningAlgorithm, string> = { ES256: "EC", EdDSA: "OKP", RS256: "RSA" };

/** What a JWKS may show of a key: its public members, id and algorithm, marked for signatures. */
export function publicPart(jwk: JWK): JWK {
  const kept = Object.entries(jwk).filter(
    ([name]) => !PRIVATE_MEMBERS.has(name) && name !== "key_ops" && name !== "ext",
  );
  return { ...(Object.fromEntries(kept) as JWK), use: "sig" };
}

export type ConfiguredKey = { kid: string; alg: SigningAlgorithm; jwk: JWK };

/**
 * OAUTH_SIGNING_KEYS: `{"keys":[{...private JWK with kid and alg...}, ...]}`. Throws a sentence that
 * says what is wrong; importing the keys (lib/oauth/keys.ts) catches what this cannot see.
 */
export function parseConfiguredKeys(raw: string): ConfiguredKey[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new Error('OAUTH_SIGNING_KEYS is not JSON: it must be a JWK Set, {"keys": [...]}');
  }
  const keys = (parsed as { keys?: unknown })?.keys;
  if (!Array.isArray(keys) || keys.length === 0)
    throw new Error("OAUTH_SIGNING_KEYS must be a JWK Set with at least one key");
  const seen = new Set<string>();
  return keys.map((k: unknown, i) => {
    const jwk = (k ?? {}) as JWK;
    const where = `OAUTH_SIGNING_KEYS key ${i + 1}`;
    if (typeof jwk.kid !== "string" || !jwk.kid) throw new Error(`${where} has no "kid"`);
    if (seen.has(jwk.kid)) throw new Error(`${where}: the kid "${jwk.kid}" is used twice`);
    seen.add(jwk.kid);
    const alg = jwk.alg as SigningAlgorithm;
    if (!SIGNING_ALGORITHMS.includes(alg))
      throw new Error(`${where}: "alg" must be one of ${SIGNING_ALGORITHMS.join(", ")}`);
    if (jwk.kty !== KEY_TYPE[alg]) throw new Error(`${where}: an ${alg} key has "kty": "${KEY_TYPE[alg]}"`);
    if (typeof jwk.d !== "string") throw new Error(`${where} is not a private key (no "d")`);
    return { kid: jwk.kid, alg, jwk };
  });
}
