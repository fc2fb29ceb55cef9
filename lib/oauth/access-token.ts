import "server-only";

import { randomBytes } from "node:crypto";
import { decodeProtectedHeader, jwtVerify, SignJWT, type JWTHeaderParameters } from "jose";

import { getSetting } from "@/lib/config/settings";
import { prisma } from "@/lib/db";

import { apiAudience } from "./issuer";
import { currentSigner, SIGNING_ALGORITHMS, verificationKey } from "./keys";
import type { ApiScope } from "./scopes";

/** RFC 9068's media type of a JWT access token; a JWT of any other kind (an ID token, say) is refused. */
export const ACCESS_TOKEN_TYP = "at+jwt";

export type IssuedToken = { accessToken: string; expiresIn: number; jti: string; scopes: ApiScope[] };

/**
 * A JWT access token (RFC 9068) for the application, acting as its owner, and the row that lets it be
 * revoked and checked: lifetime from System > Settings (oauthAccessTokenMinutes).
 */
export async function issueAccessToken(
  grant: { issuer: string; applicationId: string; clientId: string; customerUserId: string; scopes: ApiScope[] },
  now = new Date(),
  /** the lifetime setting, when the caller has read it already */
  lifetimeMinutes?: number,
): Promise<IssuedToken> {
  const [signer, minutes] = await Promise.all([
    currentSigner(),
    lifetimeMinutes ?? getSetting("oauthAccessTokenMinutes"),
  ]);
  const expiresIn = minutes * 60;
  const iat = Math.floor(now.getTime() / 1000);
  const jti = randomBytes(18).toString("base64url");
  await prisma.oAuthAccessToken.create({
    data: {
      jti,
      applicationId: grant.applicationId,
      scopes: grant.scopes,
      issuedAt: now,
      expiresAt: new Date((iat + expiresIn) * 1000),
    },
  });
  const accessToken = await new SignJWT({ client_id: grant.clientId, scope: grant.scopes.join(" ") })
    .setProtectedHeader({ alg: signer.alg, kid: signer.kid, typ: ACCESS_TOKEN_TYP })
    .setIssuer(grant.issuer)
    .setAudience(apiAudience(grant.issuer))
    .setSubject(grant.customerUserId)
    .setJti(jti)
    .setIssuedAt(iat)
    .setExpirationTime(iat + expiresIn)
    .sign(signer.key);
  return { accessToken, expiresIn, jti, scopes: grant.scopes };
}

export type AccessTokenClaims = { jti: string; sub: string; clientId: string; scope: string; iat: number; exp: number };

/**
 * The claims of a token this issuer signed for its own API, or null: the signature by a key of ours
 * that the header names (an unknown kid, `alg: none` or an HMAC algorithm is refused), `typ` at+jwt,
 * the website's issuer and audience, and not expired. Whether the token was revoked, and whether its
 * application and owner may still act, is the database's answer (lib/oauth/api-auth.ts).
 */
export async function verifyAccessToken(
  token: string,
  issuer: string,
  now = new Date(),
): Promise<AccessTokenClaims | null> {
  try {
    const header = decodeProtectedHeader(token);
    if (typeof header.kid !== "string") return null;
    const key = await verificationKey(header.kid);
    if (!key) return null;
    const { payload } = await jwtVerify(
      token,
      (h: JWTHeaderParameters) => {
        if (h.alg !== key.alg) throw new Error("the algorithm is not the key's");
        return key.key;
      },
      {
        algorithms: [...SIGNING_ALGORITHMS],
        typ: ACCESS_TOKEN_TYP,
        issuer,
        audience: apiAudience(issuer),
        requiredClaims: ["jti", "sub", "iat", "exp"],
        currentDate: now,
      },
    );
    const { jti, sub, client_id: clientId, scope, iat, exp } = payload;
    if (typeof jti !== "string" || typeof sub !== "string" || typeof clientId !== "string") return null;
    if (typeof scope !== "string" || typeof iat !== "number" || typeof exp !== "number") return null;
    return { jti, sub, clientId, scope, iat, exp };
  } catch {
    return null;
  }
}
