import "server-only";

import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { isUnstorableText } from "@/lib/http/request-guard";
import { clientIp } from "@/lib/identity/client-ip";
import { clearFailures, countFailure, throttleState, type ThrottleKey } from "@/lib/identity/throttle";

import { secretMatches } from "./client-secret";
import { ownerAllowedScopes, ownerGrants, usableApplication, usableOwner, type OwnerGrants } from "./grant";
import { websiteOfRequest, type RequestWebsite } from "./issuer";
import { oauthError } from "./oauth-response";
import type { ApiScope } from "./scopes";

export type OAuthRequest = { website: RequestWebsite; form: URLSearchParams; ip: string | null };
export type Refusal = { ok: false; response: Response };

/** Far more than any legitimate token, revocation or introspection request needs. */
const BODY_LIMIT = 16 * 1024;

const invalidRequest = (description: string): Refusal => ({
  ok: false,
  response: oauthError(400, "invalid_request", description),
});

/**
 * The request's website and its form body (RFC 6749 3.2: application/x-www-form-urlencoded, no
 * parameter twice). Text PostgreSQL cannot store is refused here, before it reaches a query.
 */
export async function readOAuthRequest(request: Request): Promise<{ ok: true; req: OAuthRequest } | Refusal> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(type))
    return invalidRequest("The body must be application/x-www-form-urlencoded.");
  if (Number(request.headers.get("content-length") ?? 0) > BODY_LIMIT) return invalidRequest("The body is too large.");
  const text = await request.text().catch(() => null);
  if (text === null || text.length > BODY_LIMIT) return invalidRequest("The body could not be read.");
  const form = new URLSearchParams(text);
  const names = [...form.keys()];
  if (new Set(names).size !== names.length) return invalidRequest("A parameter was sent more than once.");
  if ([...form].some(([k, v]) => isUnstorableText(k) || isUnstorableText(v)))
    return invalidRequest("The body contains characters that are not allowed.");
  const website = await websiteOfRequest(request);
  if (!website) return invalidRequest("No website answers at this address.");
  return { ok: true, req: { website, form, ip: clientIp(request.headers) || null } };
}

/** One answer for every failed client authentication, so that it tells nothing about the client (RFC 6749 5.2). */
const invalidClient = (description = "Client authentication failed."): Refusal => ({
  ok: false,
  response: oauthError(401, "invalid_client", description, { "WWW-Authenticate": 'Basic realm="oauth"' }),
});

const formDecode = (s: string) => decodeURIComponent(s.replace(/\+/g, "%20"));

/**
 * The client's id and secret, by HTTP Basic (each half form-urlencoded, RFC 6749 2.3.1) or in the
 * body; a request that uses both methods is malformed.
 */
function credentialsOf(request: Request, form: URLSearchParams): { clientId: string; secret: string } | Refusal {
  const header = request.headers.get("authorization");
  const bodyId = form.get("client_id");
  const bodySecret = form.get("client_secret");
  if (!header) return bodyId && bodySecret ? { clientId: bodyId, secret: bodySecret } : invalidClient();
  if (bodySecret !== null) return invalidRequest("Authenticate the client by one method only: HTTP Basic or the body.");
  const basic = /^Basic +([A-Za-z0-9+/]+=*)$/i.exec(header.trim());
  if (!basic) return invalidClient("Authenticate the client with HTTP Basic or client_secret in the body.");
  const decoded = Buffer.from(basic[1]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return invalidClient();
  try {
    const clientId = formDecode(decoded.slice(0, colon));
    if (bodyId !== null && bodyId !== clientId)
      return invalidRequest("client_id differs from the one in the Authorization header.");
    return { clientId, secret: formDecode(decoded.slice(colon + 1)) };
  } catch {
    return invalidClient();
  }
}

/** Failures per client id (whether or not it exists) and per address, counted in PostgreSQL like sign-ins. */
const CLIENT_RULE = { maxFailures: 10, windowMinutes: 15, blockMinutes: 15 };
const clientKey = (clientId: string): ThrottleKey => ({
  key: `api:client:${clientId}`,
  rule: CLIENT_RULE,
  onSuccess: "clear",
});
const ipKey = (ip: string): ThrottleKey => ({
  key: `api:ip:${ip}`,
  rule: {
    maxFailures: env.SHOP_LOGIN_IP_MAX_FAILURES,
    windowMinutes: env.SHOP_LOGIN_IP_WINDOW_MINUTES,
    blockMinutes: env.SHOP_LOGIN_IP_BLOCK_MINUTES,
  },
  onSuccess: "refund",
});

type ClientRow = OwnerGrants & {
  applicationId: string;
  clientId: string;
  secretHash: string;
  previousSecretHash: string | null;
  previousSecretExpiresAt: Date | null;
  appScopes: string[];
  appUsable: boolean;
  customerUserId: string;
  email: string;
  websiteId: string;
  ownerUsable: boolean;
};

const findClient = async (clientId: string, now: Date) =>
  (
    await prisma.$queryRaw<ClientRow[]>`
      SELECT a."id" AS "applicationId", a."clientId", a."secretHash", a."previousSecretHash", a."previousSecretExpiresAt",
        a."scopes" AS "appScopes", (${usableApplication(now)}) AS "appUsable", cu."id" AS "customerUserId", cu."email",
        cu."websiteId", (${usableOwner(now)}) AS "ownerUsable", ${ownerGrants}
      FROM "OAuthApplication" a
      JOIN "CustomerUser" cu ON cu."id" = a."customerUserId"
      JOIN "Website" w ON w."id" = cu."websiteId"
      WHERE a."clientId" = ${clientId}`
  )[0] ?? null;

/** Stands in for a missing client, so an unknown id costs the same hash as a wrong secret. */
const NO_CLIENT = { secretHash: "-", previousSecretHash: null, previousSecretExpiresAt: null };

export type AuthenticatedClient = {
  applicationId: string;
  clientId: string;
  customerUserId: string;
  /** the application's scopes, as far as its owner's current permissions allow them */
  allowedScopes: ApiScope[];
};

/**
 * Client authentication for the token, revocation and introspection endpoints. An unknown client, a
 * wrong secret (the former one still counts during its overlap), an inactive or expired application,
 * an owner who may not act, a client of another website and a website with the API off all answer
 * the same invalid_client. A client id or address blocked by earlier failures is refused before the
 * secret is looked at; a failure is counted per client id and per address afterwards. The secret is
 * a keyed hash away, not a password hash, so nothing is reserved before the check: the success path
 * writes nothing to the throttle, and with `record` every attempt goes to the sign-in attempts log
 * (source API). A success's writes are left to `settle`, for the caller to run beside its own.
 */
export async function authenticateClient(
  request: Request,
  req: OAuthRequest,
  opts: { record: boolean },
  now = new Date(),
): Promise<{ ok: true; client: AuthenticatedClient; settle: () => Promise<unknown> } | Refusal> {
  const credentials = credentialsOf(request, req.form);
  if ("ok" in credentials) return credentials;
  const { clientId, secret } = credentials;
  if (clientId.length > 200 || secret.length > 500) return invalidClient();

  const keys = [...(req.ip ? [ipKey(req.ip)] : []), clientKey(clientId)];
  // the client's row and the throttle's state do not depend on each other: both at once, neither writes
  const [row, throttle] = await Promise.all([findClient(clientId, now), throttleState(keys, now)]);
  const record = async (success: boolean) => {
    if (!opts.record) return;
    await prisma.customerLoginAttempt.create({
      data: {
        email: row?.email ?? clientId,
        websiteId: row?.websiteId ?? req.website.id,
        customerUserId: row?.customerUserId ?? null,
        success,
        source: "API",
        ip: req.ip,
      },
    });
  };
  if (throttle.blockedMinutes !== null) {
    await record(false);
    return {
      ok: false,
      response: oauthError(429, "invalid_client", "Too many failed attempts: try again later.", {
        "Retry-After": String(throttle.blockedMinutes * 60),
      }),
    };
  }
  const matches = secretMatches(row ?? NO_CLIENT, secret, now);
  const valid = !!row && matches && row.appUsable && row.ownerUsable && row.websiteId === req.website.id;
  if (!valid || !row) {
    await Promise.all([countFailure(keys, now), record(false)]);
    return invalidClient();
  }
  return {
    ok: true,
    client: {
      applicationId: row.applicationId,
      clientId: row.clientId,
      customerUserId: row.customerUserId,
      allowedScopes: ownerAllowedScopes(row).filter((s) => row.appScopes.includes(s)),
    },
    settle: () => Promise.all([clearFailures(keys, throttle.failures), record(true)]),
  };
}

/**
 * A revocation or introspection request: a form, the client authenticated (not logged as a sign-in),
 * and the `token` it is about.
 */
export async function clientTokenRequest(
  request: Request,
  now: Date,
): Promise<{ ok: true; req: OAuthRequest; client: AuthenticatedClient; token: string } | Refusal> {
  const read = await readOAuthRequest(request);
  if (!read.ok) return read;
  const auth = await authenticateClient(request, read.req, { record: false }, now);
  if (!auth.ok) return auth;
  await auth.settle();
  const token = read.req.form.get("token");
  if (!token) return invalidRequest("token is required.");
  return { ok: true, req: read.req, client: auth.client, token };
}
