import "server-only";

import { websiteOfRequest } from "./issuer";
import { publicJwks, SIGNING_ALGORITHMS } from "./keys";
import { publicJson } from "./oauth-response";
import { API_SCOPES } from "./scopes";

const CLIENT_AUTH = ["client_secret_basic", "client_secret_post"];

/** GET /.well-known/oauth-authorization-server (RFC 8414), for the website the request's host names. */
export async function metadataDocument(request: Request): Promise<Response> {
  const website = await websiteOfRequest(request);
  if (!website) return new Response("No website answers at this address.", { status: 404 });
  const { issuer } = website;
  return publicJson(
    {
      issuer,
      token_endpoint: `${issuer}/oauth/token`,
      jwks_uri: `${issuer}/oauth/jwks`,
      revocation_endpoint: `${issuer}/oauth/revoke`,
      introspection_endpoint: `${issuer}/oauth/introspect`,
      grant_types_supported: ["client_credentials"],
      response_types_supported: [],
      token_endpoint_auth_methods_supported: CLIENT_AUTH,
      revocation_endpoint_auth_methods_supported: CLIENT_AUTH,
      introspection_endpoint_auth_methods_supported: CLIENT_AUTH,
      scopes_supported: API_SCOPES,
      access_token_signing_alg_values_supported: SIGNING_ALGORITHMS,
      service_documentation: `${issuer}/api/doc`,
    },
    300,
  );
}

/** GET /oauth/jwks: the public keys that verify access tokens, each with its kid. */
export async function jwksDocument(): Promise<Response> {
  return publicJson(await publicJwks(), 60);
}
