import { createHmac, hkdfSync } from "node:crypto";

/**
 * The keyed hash a client secret is stored as: HMAC-SHA256 under a key derived (HKDF) from the app
 * secret. Apart from client-secret.ts so that tools outside the server (benchmarks, fixtures) can
 * store a secret the server will accept.
 */
export function clientSecretHasher(appSecret: string): (secret: string) => string {
  const key = Buffer.from(hkdfSync("sha256", appSecret, "concierge", "concierge:oauth-client-secret", 32));
  return (secret) => createHmac("sha256", key).update(secret, "utf8").digest("base64url");
}
