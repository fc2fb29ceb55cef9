import "server-only";

import { prisma } from "@/lib/db";
import { clientIp } from "@/lib/identity/client-ip";

import { verifyAccessToken } from "./access-token";
import { effectiveScopes, liveGrant, type LiveGrant } from "./grant";
import { websiteOfRequest } from "./issuer";
import { rateLimitHeaders, refilled, retryAfterSeconds } from "./rate-limit";
import type { ApiScope } from "./scopes";

export type ApiCaller = {
  customerUser: { id: string; companyId: string; websiteId: string; email: string };
  application: { id: string; name: string; clientId: string };
  /** token scopes ∩ application's current scopes ∩ scopesAllowedBy(owner's current permissions) */
  scopes: ApiScope[];
  ip: string | null;
};

export type ApiAuthResult =
  /** `headers`: the RateLimit headers, for the handler to send with its answer */
  { ok: true; caller: ApiCaller; headers: Record<string, string> } | { ok: false; response: Response };

const JSON_API = "application/vnd.api+json";

/** A JSON:API error document with the given status; the headers say why to an OAuth client. */
export function apiErrorResponse(
  status: number,
  code: string,
  title: string,
  detail: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ errors: [{ status: String(status), code, title, detail }] }), {
    status,
    headers: { "content-type": JSON_API, "cache-control": "no-store", ...headers },
  });
}

const quoted = (s: string) => s.replace(/["\\]/g, "");

function invalidToken(detail: string, presented: boolean): { ok: false; response: Response } {
  // RFC 6750 3.1: a request without credentials gets the challenge without an error code
  const challenge = presented
    ? `Bearer realm="api", error="invalid_token", error_description="${quoted(detail)}"`
    : `Bearer realm="api"`;
  return {
    ok: false,
    response: apiErrorResponse(401, "invalid_token", "Unauthorized", detail, { "WWW-Authenticate": challenge }),
  };
}

type CallRow = LiveGrant & {
  /** tokens left after this call took one; null when the bucket was empty */
  left: number | null;
  tokensBefore: number | null;
  refilledBefore: Date | null;
};

/**
 * One statement: the token row (not revoked, not expired), its application (active, not expired), the
 * owner (may still act, on this website, whose API is on) and their roles' permissions; and, for a
 * call that passes, one token taken from the application's rate bucket (created when missing) with
 * the last use stamped. An empty bucket leaves the row as it was and takes nothing.
 *
 * The statement's commit does not wait for its WAL to reach the disk (synchronous_commit off, for
 * this transaction alone): a crash of the database can lose the last fraction of a second of rate
 * buckets and last-use stamps, which costs nothing, and every call saves a disk flush. What it reads
 * (revocations, deactivations, locks) was committed by their own, durable, transactions.
 */
function readCall(
  claims: { jti: string; sub: string; clientId: string },
  websiteId: string,
  ip: string | null,
  now: Date,
) {
  return prisma.$queryRaw<CallRow[]>`
    WITH relaxed AS (SELECT set_config('synchronous_commit', 'off', true)),
    g AS (${liveGrant(claims, websiteId, now)}),
    before AS (
      SELECT u."tokens", u."refilledAt" FROM "OAuthApplicationUsage" u JOIN g ON u."applicationId" = g."applicationId"
    ),
    taken AS (
      INSERT INTO "OAuthApplicationUsage" AS u ("applicationId", "tokens", "refilledAt", "lastUsedAt", "lastUsedIp")
      SELECT g."applicationId", g."rateLimitBurst" - 1, ${now}, ${now}, ${ip} FROM g WHERE g."rateLimitBurst" >= 1
      ON CONFLICT ("applicationId") DO UPDATE SET
        "tokens" = LEAST(EXCLUDED."tokens" + 1, u."tokens" + GREATEST(EXTRACT(EPOCH FROM EXCLUDED."refilledAt" - u."refilledAt"), 0)
          * (SELECT "rateLimitPerSecond" FROM g)) - 1,
        "refilledAt" = EXCLUDED."refilledAt",
        "lastUsedAt" = EXCLUDED."lastUsedAt",
        "lastUsedIp" = EXCLUDED."lastUsedIp"
      WHERE LEAST(EXCLUDED."tokens" + 1, u."tokens" + GREATEST(EXTRACT(EPOCH FROM EXCLUDED."refilledAt" - u."refilledAt"), 0)
          * (SELECT "rateLimitPerSecond" FROM g)) >= 1
      RETURNING u."tokens"
    )
    SELECT g.*, (SELECT "tokens" FROM taken) AS "left", (SELECT "tokens" FROM before) AS "tokensBefore",
      (SELECT "refilledAt" FROM before) AS "refilledBefore"
    FROM g CROSS JOIN relaxed`;
}

/**
 * The storefront API's authentication (RFC 6750 bearer tokens): a JWT access token of this website's
 * issuer, re-checked against the database on every call, so that deactivating or deleting the
 * application, disabling or locking its owner, a password reset or switching the website's API off
 * refuses the next request; then the application's rate limit; then the scope the call needs, as far
 * as the token, the application and the owner's current permissions all allow it.
 */
export async function authenticateApiRequest(
  request: Request,
  needed: ApiScope,
  now = new Date(),
): Promise<ApiAuthResult> {
  const header = request.headers.get("authorization");
  if (!header) return invalidToken("An access token is required: send it as Authorization: Bearer <token>.", false);
  const match = /^Bearer[ ]+([A-Za-z0-9\-._~+/]+=*)$/i.exec(header.trim());
  if (!match) return invalidToken("The Authorization header must be Bearer <token>.", true);
  const website = await websiteOfRequest(request);
  const claims = website ? await verifyAccessToken(match[1]!, website.issuer, now) : null;
  if (!website || !claims) return invalidToken("The access token is invalid or has expired.", true);

  const ip = clientIp(request.headers) || null;
  const [row] = await readCall(claims, website.id, ip, now);
  if (!row)
    return invalidToken("The access token has been revoked, or its application or user may no longer act.", true);

  const bucket = { perSecond: row.rateLimitPerSecond, burst: row.rateLimitBurst };
  if (row.left === null) {
    const left =
      row.tokensBefore === null
        ? 0
        : refilled(row.tokensBefore, row.refilledBefore!, now, bucket.perSecond, bucket.burst);
    return {
      ok: false,
      response: apiErrorResponse(
        429,
        "rate_limited",
        "Too Many Requests",
        "The application's rate limit is exceeded.",
        {
          "Retry-After": String(retryAfterSeconds({ perSecond: bucket.perSecond, left })),
          ...rateLimitHeaders({ ...bucket, left: 0 }),
        },
      ),
    };
  }
  const headers = rateLimitHeaders({ ...bucket, left: row.left });

  const scopes = effectiveScopes(row.tokenScopes, row.appScopes, row);
  if (!scopes.includes(needed))
    return {
      ok: false,
      response: apiErrorResponse(403, "insufficient_scope", "Forbidden", `This call needs the scope ${needed}.`, {
        "WWW-Authenticate": `Bearer realm="api", error="insufficient_scope", scope="${needed}"`,
        ...headers,
      }),
    };
  return {
    ok: true,
    caller: {
      customerUser: { id: row.customerUserId, companyId: row.companyId, websiteId: row.websiteId, email: row.email },
      application: { id: row.applicationId, name: row.applicationName, clientId: row.clientId },
      scopes,
      ip,
    },
    headers,
  };
}
