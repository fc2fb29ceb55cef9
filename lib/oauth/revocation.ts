import "server-only";

import { decodeJwt } from "jose";

import { prisma } from "@/lib/db";

import { clientTokenRequest } from "./client-auth";
import { emptyOk } from "./oauth-response";

/**
 * POST /oauth/revoke (RFC 7009): the client ends one of its own access tokens. Another client's token,
 * an unknown or malformed one, or one already revoked is answered the same 200, and nothing changes.
 */
export async function revocationEndpoint(request: Request, now = new Date()): Promise<Response> {
  const asked = await clientTokenRequest(request, now);
  if (!asked.ok) return asked.response;
  const jti = jtiOf(asked.token);
  if (jti)
    await prisma.oAuthAccessToken.updateMany({
      where: { jti, applicationId: asked.client.applicationId, revokedAt: null },
      data: { revokedAt: now },
    });
  return emptyOk();
}

/** The row is found by the token's id and must belong to the caller, so an unverified read is enough here. */
function jtiOf(token: string): string | null {
  try {
    const { jti } = decodeJwt(token);
    return typeof jti === "string" ? jti : null;
  } catch {
    return null;
  }
}
