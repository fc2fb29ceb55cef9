import "server-only";

import { prisma } from "@/lib/db";

import { verifyAccessToken } from "./access-token";
import { clientTokenRequest } from "./client-auth";
import { effectiveScopes, liveGrant, type LiveGrant } from "./grant";
import { apiAudience } from "./issuer";
import { oauthJson } from "./oauth-response";

/**
 * POST /oauth/introspect (RFC 7662): whether one of the caller's own tokens would be accepted by the
 * API right now, and what it may do. Another client's token answers {active: false}, like a revoked,
 * expired or forged one.
 */
export async function introspectionEndpoint(request: Request, now = new Date()): Promise<Response> {
  const asked = await clientTokenRequest(request, now);
  if (!asked.ok) return asked.response;
  const { token, client } = asked;
  const { issuer, id: websiteId } = asked.req.website;
  const claims = await verifyAccessToken(token, issuer, now);
  const [grant] = claims ? await prisma.$queryRaw<LiveGrant[]>(liveGrant(claims, websiteId, now)) : [];
  if (!claims || !grant || grant.applicationId !== client.applicationId) return oauthJson({ active: false });
  return oauthJson({
    active: true,
    scope: effectiveScopes(grant.tokenScopes, grant.appScopes, grant).join(" "),
    client_id: claims.clientId,
    sub: claims.sub,
    token_type: "Bearer",
    exp: claims.exp,
    iat: claims.iat,
    iss: issuer,
    aud: apiAudience(issuer),
    jti: claims.jti,
  });
}
