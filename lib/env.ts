import "server-only";

import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * The only reader of process.env. Validated once at start-up; a bad value stops the process with a
 * sentence that says what to set.
 */
const intFrom = (fallback: number, min = 0) => z.coerce.number().int().min(min).default(fallback);

const proxyHopsError = "TRUST_PROXY must be the number of reverse proxies in front of the app: 0 (none), 1, 2 ...";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string({
      error:
        "DATABASE_URL is not set: `npm start` sets it for the embedded database, or export DATABASE_URL=postgresql://user:pass@host:5432/db",
    })
    .min(1),
  DATABASE_POOL_MAX: intFrom(10, 1),
  AUTH_SECRET: z.string().optional(),
  APP_URL: z
    .url({ error: "APP_URL must be an absolute URL such as https://backoffice.example.com" })
    .default("http://localhost:3000"),
  STAFF_SESSION_HOURS: intFrom(8, 1),
  STAFF_LOGIN_MAX_FAILURES: intFrom(9, 1),
  STAFF_LOGIN_IP_MAX_FAILURES: intFrom(50, 1),
  STAFF_LOGIN_WINDOW_MINUTES: intFrom(15, 1),
  STAFF_LOGIN_BLOCK_MINUTES: intFrom(6, 1),
  SHOP_LOGIN_IP_MAX_FAILURES: intFrom(50, 1),
  SHOP_LOGIN_IP_WINDOW_MINUTES: intFrom(15, 1),
  SHOP_LOGIN_IP_BLOCK_MINUTES: intFrom(15, 1),
  STAFF_PASSWORD_MIN_LENGTH: intFrom(12, 8),
  /** reverse proxies in front of the app whose X-Forwarded-For entries are believed; 0 trusts none */
  TRUST_PROXY: z.coerce
    .number({ error: proxyHopsError })
    .int({ error: proxyHopsError })
    .min(0, { error: proxyHopsError })
    .default(0),
  /** e.g. smtp://user:pass@smtp.example.com:587; unset: messages stay in the back-office mailbox only */
  SMTP_URL: z.url({ error: "SMTP_URL must be a URL such as smtp://user:password@smtp.example.com:587" }).optional(),
  MAIL_FROM: z.string().min(3).default("Concierge <no-reply@localhost>"),
  /** where uploaded product images are kept; every instance must see the same directory */
  UPLOAD_DIR: z.string().min(1).default(".data/uploads"),
  /**
   * a JSON Web Key Set of private keys that sign the API's access tokens (the first signs, all verify);
   * unset: a key is generated on first use and stored sealed. Parsed by lib/oauth/keys.ts, which reports
   * an unusable value (the back office warns) instead of stopping the start.
   */
  OAUTH_SIGNING_KEYS: z.string().optional(),
});

// `next build` runs with NODE_ENV=production but without run-time settings: only demand them at run time.
const building = process.env.NEXT_PHASE === "phase-production-build";

function load() {
  const parsed = schema.safeParse(
    building ? { DATABASE_URL: "postgresql://build-time-placeholder/none", ...process.env } : process.env,
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  if (!env.AUTH_SECRET && env.NODE_ENV === "production" && !building) {
    throw new Error(
      "AUTH_SECRET is not set. Generate one with `openssl rand -base64 32` and export AUTH_SECRET=<value> " +
        "(the same value on every instance). `npm start` does this for you in .data/auth-secret.",
    );
  }
  return env;
}

export const env = load();

/** In development a secret is generated once and kept under .data/, so sessions survive restarts. */
function developmentSecret(): string {
  const file = path.resolve(".data/auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

export const authSecret = env.AUTH_SECRET ?? developmentSecret();
export const secureCookies = env.APP_URL.startsWith("https://");

/**
 * A cookie's name: on https with the `__Host-` prefix, so the browser keeps it only when it is Secure,
 * set by this very host, on path `/` and without a Domain: a sibling sub-domain or a plain-http
 * page cannot plant or overwrite a session. Over http (development) the browser would refuse the
 * prefix, so the bare name is used.
 */
export const hostCookie = (name: string, secure = secureCookies) => (secure ? `__Host-${name}` : name);
