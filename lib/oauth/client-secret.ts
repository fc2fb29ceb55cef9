import "server-only";

import { randomBytes, timingSafeEqual } from "node:crypto";

import { authSecret } from "@/lib/env";

import { clientSecretHasher } from "./client-secret-hash";

/**
 * Client credentials of an OAuth application. The secret is 256 random bits, so a keyed hash
 * (HMAC-SHA256 under a key derived from AUTH_SECRET) is as strong as a slow hash here and costs
 * microseconds: the token endpoint must not be a CPU sink. A stolen table without AUTH_SECRET does
 * not let anyone check guesses. Compared in constant time.
 */
export const hashClientSecret = clientSecretHasher(authSecret);

/** Public, shown in lists: "cc_" + 20 random bytes, base64url. */
export const newClientId = () => `cc_${randomBytes(20).toString("base64url")}`;

/** Shown once on creation or regeneration, never stored: "cs_" + 32 random bytes, base64url. */
export const newClientSecret = () => `cs_${randomBytes(32).toString("base64url")}`;

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The current secret, or the former one while its overlap after a regeneration lasts. */
export function secretMatches(
  app: { secretHash: string; previousSecretHash: string | null; previousSecretExpiresAt: Date | null },
  secret: string,
  now = new Date(),
): boolean {
  const given = hashClientSecret(secret);
  const current = sameHash(given, app.secretHash);
  const previous =
    app.previousSecretHash !== null &&
    app.previousSecretExpiresAt !== null &&
    app.previousSecretExpiresAt > now &&
    sameHash(given, app.previousSecretHash);
  return current || previous;
}
