import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

function walk(dir: string, match: (file: string, rel: string) => boolean): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : walk(rel, match);
    return match(e.name, rel) ? [rel] : [];
  });
}

/** A module whose exports are all server actions: found by its directive, whatever the file is called. */
const isServerActionModule = (file: string, rel: string) =>
  /\.tsx?$/.test(file) &&
  !/\.test\.tsx?$/.test(file) &&
  /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(readFileSync(path.join(root, rel), "utf8"));

/** Every module that exposes server actions, and every route handler. */
export const entryModules = () =>
  [
    ...["lib", "app", "components"].flatMap((d) => walk(d, isServerActionModule)),
    ...walk("app", (f) => f === "route.ts"),
  ].sort();

/** Exported functions of an entry module, named `<file>#<export>`. */
export async function entryPoints(): Promise<{ key: string; fn: (...args: unknown[]) => unknown }[]> {
  const out: { key: string; fn: (...args: unknown[]) => unknown }[] = [];
  for (const file of entryModules()) {
    const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === "function")
        out.push({ key: `${file}#${name}`, fn: value as (...args: unknown[]) => unknown });
    }
  }
  return out;
}

/**
 * Entry points that are public by design, each with the reason. Anything else must carry the guard
 * of `staffAction` (lib/actions/staff-action.ts) or of `shopAction` (lib/actions/shop-action.ts).
 */
export const PUBLIC_ENTRY_POINTS: Record<string, string> = {
  "lib/staff-users/staff-actions.ts#loginAction": "the sign-in form; the credentials provider throttles and checks",
  "lib/staff-users/staff-actions.ts#logoutAction": "ends the caller's own session, whoever they are",
  "app/api/admin-auth/[...nextauth]/route.ts#GET": "next-auth's own endpoints (session, csrf, sign-in callback)",
  "app/api/admin-auth/[...nextauth]/route.ts#POST": "next-auth's own endpoints (session, csrf, sign-in callback)",
  "lib/shop-account/shop-public-actions.ts#customerLoginAction":
    "the storefront sign-in form; the credentials provider locks out, records and checks",
  "lib/shop-account/shop-public-actions.ts#customerLogoutAction":
    "ends the caller's own storefront session, whoever they are",
  "lib/shop-account/shop-public-actions.ts#registerAction":
    "anyone may register on a website; the account stays unusable until confirmed",
  "lib/shop-account/shop-public-actions.ts#confirmRegistrationAction":
    "the single-use token from the e-mail is the credential",
  "app/api/shop-auth/[...nextauth]/route.ts#GET": "next-auth's own endpoints of the storefront realm",
  "app/api/shop-auth/[...nextauth]/route.ts#POST": "next-auth's own endpoints of the storefront realm",
  "lib/shop-account/password-shop-public-actions.ts#forgotPasswordAction":
    "anyone may ask for a reset link; the answer is the same for every e-mail and mails are rate-limited per account",
  "lib/shop-account/password-shop-public-actions.ts#resetPasswordAction":
    "the single-use, expiring token from the e-mail is the credential",
  "app/(storefront)/impersonate/[token]/route.ts#GET":
    "the one-time, 60-second start token of an impersonation session is the credential",
  "app/media/[file]/route.ts#GET":
    "uploaded product images, public like the shop's shipped images; only generated file names are served",
  "app/oauth/token/route.ts#POST":
    "the OAuth token endpoint: the client credentials are the credential, throttled per client and address",
  "app/oauth/revoke/route.ts#POST": "OAuth token revocation: client-authenticated, a client ends only its own tokens",
  "app/oauth/introspect/route.ts#POST":
    "OAuth token introspection: client-authenticated, a client learns only about its own tokens",
  "app/oauth/jwks/route.ts#GET": "the public keys that verify access tokens, public by design",
  "app/.well-known/oauth-authorization-server/route.ts#GET": "the authorization server's public metadata (RFC 8414)",
  "app/api/v1/openapi.json/route.ts#GET":
    "the storefront API's OpenAPI document: describes the API, holds no one's data",
  "app/api/doc/route.ts#GET": "the storefront API's reference page, made from the public OpenAPI document",
  "app/api/health/route.ts#GET": 'liveness for load balancers: answers "ok" and reads nothing',
  "app/api/doc/[asset]/route.ts#GET": "the reference page's script and style sheet (Swagger UI), public files",
};
