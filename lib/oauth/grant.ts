import "server-only";

import { Prisma } from "@/lib/generated/prisma/client";

import { scopesAllowedBy, type ApiScope, type OwnerPermissions } from "./scopes";

/**
 * SQL shared by the token endpoint and the API's check: whether an application's owner may still act
 * (enabled, confirmed, not locked, no reset or expired password, on a website whose API is on), and
 * the owner's current storefront permissions as far as scopes need them, read from their roles here
 * (the identity layer reads no domain folder). `cu` is the owner, `w` their website.
 */
export const usableOwner = (now: Date) => Prisma.sql`cu."enabled" AND cu."confirmed" AND NOT cu."locked"
  AND (cu."lockedUntil" IS NULL OR cu."lockedUntil" <= ${now}) AND cu."passwordStatus" = 'ACTIVE' AND w."apiEnabled"`;

export const usableApplication = (now: Date) =>
  Prisma.sql`a."active" AND (a."expiresAt" IS NULL OR a."expiresAt" > ${now})`;

/** "entity:ACTION" for every entity level above NONE the owner's roles grant, and their capabilities. */
export const ownerGrants = Prisma.sql`ARRAY(SELECT DISTINCT p."entity" || ':' || p."action"::text
    FROM "CustomerUserRole" ur JOIN "CustomerRolePermission" p ON p."roleId" = ur."roleId"
    WHERE ur."customerUserId" = cu."id" AND p."level" <> 'NONE') AS "held",
  ARRAY(SELECT DISTINCT c FROM "CustomerUserRole" ur JOIN "CustomerRole" r ON r."id" = ur."roleId"
    CROSS JOIN LATERAL unnest(r."capabilities") AS c WHERE ur."customerUserId" = cu."id") AS "capabilities"`;

/**
 * The token's row (not revoked, not expired), its application (the token's client, active, not
 * expired) and its owner (the token's subject, on this website, still able to act), with what the
 * owner's roles grant: no row when any of them says no. All reads by primary key.
 */
export const liveGrant = (claims: { jti: string; sub: string; clientId: string }, websiteId: string, now: Date) =>
  Prisma.sql`SELECT a."id" AS "applicationId", a."name" AS "applicationName", a."clientId", a."rateLimitPerSecond",
      a."rateLimitBurst", t."scopes" AS "tokenScopes", a."scopes" AS "appScopes", cu."id" AS "customerUserId",
      cu."companyId", cu."websiteId", cu."email", ${ownerGrants}
    FROM "OAuthAccessToken" t
    JOIN "OAuthApplication" a ON a."id" = t."applicationId"
    JOIN "CustomerUser" cu ON cu."id" = a."customerUserId"
    JOIN "Website" w ON w."id" = cu."websiteId"
    WHERE t."jti" = ${claims.jti} AND t."revokedAt" IS NULL AND t."expiresAt" > ${now}
      AND a."clientId" = ${claims.clientId} AND ${usableApplication(now)}
      AND cu."id" = ${claims.sub} AND cu."websiteId" = ${websiteId} AND ${usableOwner(now)}`;

export type LiveGrant = OwnerGrants & {
  applicationId: string;
  applicationName: string;
  clientId: string;
  rateLimitPerSecond: number;
  rateLimitBurst: number;
  tokenScopes: string[];
  appScopes: string[];
  customerUserId: string;
  companyId: string;
  websiteId: string;
  email: string;
};

export type OwnerGrants = { held: string[]; capabilities: string[] };

/** The scopes the owner's permissions allow: scopesAllowedBy only asks whether a level is held at all. */
export function ownerAllowedScopes(g: OwnerGrants): ApiScope[] {
  const levels: OwnerPermissions["levels"] = {};
  for (const h of g.held) {
    const [entity, action] = h.split(":") as [string, "VIEW" | "CREATE" | "EDIT" | "DELETE"];
    (levels[entity] ??= {})[action] = "HELD";
  }
  return scopesAllowedBy({ levels, capabilities: g.capabilities });
}

/** What a token may do: its own scopes, as far as the application and its owner still allow them. */
export function effectiveScopes(tokenScopes: readonly string[], appScopes: readonly string[], owner: OwnerGrants) {
  return ownerAllowedScopes(owner).filter((s) => tokenScopes.includes(s) && appScopes.includes(s));
}
