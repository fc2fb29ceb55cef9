import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Authenticated encryption for values the app must read back later (unlike passwords and tokens,
 * which are stored hashed): AES-256-GCM with a fresh 96-bit nonce per value, under a key derived
 * with HKDF-SHA256 from the app secret and a purpose, so each use has its own key and a sealed
 * value cannot be replayed under another purpose. Format: "v1.<base64url(nonce | tag | ciphertext)>".
 */
const VERSION = "v1";
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export type SecretBox = { seal: (plain: string) => string; open: (sealed: string) => string };

export function secretBox(secret: string, purpose: string): SecretBox {
  if (!secret) throw new Error("secretBox needs a non-empty secret");
  const key = Buffer.from(hkdfSync("sha256", secret, "concierge", `concierge:${purpose}`, 32));
  return {
    seal(plain) {
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv("aes-256-gcm", key, nonce);
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return `${VERSION}.${Buffer.concat([nonce, cipher.getAuthTag(), body]).toString("base64url")}`;
    },
    open(sealed) {
      const [version, payload] = sealed.split(".");
      if (version !== VERSION || !payload) throw new Error("Not a sealed value");
      const raw = Buffer.from(payload, "base64url");
      if (raw.length < NONCE_BYTES + TAG_BYTES) throw new Error("Not a sealed value");
      const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, NONCE_BYTES));
      decipher.setAuthTag(raw.subarray(NONCE_BYTES, NONCE_BYTES + TAG_BYTES));
      // final() throws when the value was altered or sealed under another secret or purpose
      return Buffer.concat([decipher.update(raw.subarray(NONCE_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
    },
  };
}
