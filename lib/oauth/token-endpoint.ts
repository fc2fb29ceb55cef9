import "server-only";

import { getSetting } from "@/lib/config/settings";

import { issueAccessToken } from "./access-token";
import { authenticateClient, readOAuthRequest } from "./client-auth";
import { SigningKeyUnavailable } from "./keys";
import { oauthError, oauthJson } from "./oauth-response";
import { requestedScopes } from "./requested-scopes";

/**
 * POST /oauth/token: the client credentials grant (RFC 6749 4.4) and nothing else; in particular no
 * password grant (RFC 9700). The token acts as the application's owner, with the scopes asked for
 * (default: all the application holds that its owner may use).
 */
export async function tokenEndpoint(request: Request, now = new Date()): Promise<Response> {
  const read = await readOAuthRequest(request);
  if (!read.ok) return read.response;
  const grantType = read.req.form.get("grant_type");
  if (!grantType) return oauthError(400, "invalid_request", "grant_type is required.");
  if (grantType !== "client_credentials")
    return oauthError(400, "unsupported_grant_type", "Only the client_credentials grant is supported.");

  // the lifetime setting is read beside the client: the success path then takes one more round trip
  const [auth, minutes] = await Promise.all([
    authenticateClient(request, read.req, { record: true }, now),
    getSetting("oauthAccessTokenMinutes"),
  ]);
  if (!auth.ok) return auth.response;
  const { client } = auth;
  const scopes = requestedScopes(read.req.form.get("scope"), client.allowedScopes);
  if (!scopes) {
    await auth.settle();
    return oauthError(400, "invalid_scope", "The scope asks for more than the application and its owner may do.");
  }
  // the attempt's log entry is written beside the token's row
  const settled = auth.settle();
  try {
    const issued = await issueAccessToken(
      {
        issuer: read.req.website.issuer,
        applicationId: client.applicationId,
        clientId: client.clientId,
        customerUserId: client.customerUserId,
        scopes,
      },
      now,
      minutes,
    ).finally(() => settled);
    return oauthJson({
      access_token: issued.accessToken,
      token_type: "Bearer",
      expires_in: issued.expiresIn,
      scope: issued.scopes.join(" "),
    });
  } catch (e) {
    if (!(e instanceof SigningKeyUnavailable)) throw e;
    return oauthError(
      503,
      "temporarily_unavailable",
      "Access tokens cannot be issued: the signing keys are not configured.",
    );
  }
}
