/** RFC 6749 5.2 error codes the endpoints answer with. */
export type OAuthErrorCode =
  "invalid_request" | "invalid_client" | "invalid_scope" | "unsupported_grant_type" | "temporarily_unavailable";

/** Token, revocation and introspection answers carry credentials or their state: never cached (RFC 6749 5.1). */
const NO_STORE = { "cache-control": "no-store", pragma: "no-cache" };

export function oauthJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json;charset=UTF-8", ...NO_STORE, ...headers },
  });
}

export function oauthError(
  status: number,
  error: OAuthErrorCode,
  description: string,
  headers: Record<string, string> = {},
): Response {
  return oauthJson({ error, error_description: description }, status, headers);
}

export const emptyOk = () => new Response(null, { status: 200, headers: NO_STORE });

/** Public documents (metadata, JWKS): any origin may read them, caches may keep them briefly. */
export function publicJson(body: unknown, maxAgeSeconds: number): Response {
  return new Response(JSON.stringify(body), {
    headers: {
      "content-type": "application/json;charset=UTF-8",
      "cache-control": `public, max-age=${maxAgeSeconds}`,
      "access-control-allow-origin": "*",
    },
  });
}
