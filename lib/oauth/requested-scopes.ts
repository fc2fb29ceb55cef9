import { parseScopeString, type ApiScope } from "./scopes";

/**
 * The scopes a token request gets (RFC 6749 3.3): without `scope`, all the client may have; with it,
 * exactly those asked for, each of which must be known and allowed. null: invalid_scope.
 */
export function requestedScopes(raw: string | null, allowed: readonly ApiScope[]): ApiScope[] | null {
  if (raw === null || raw.trim() === "") return allowed.length ? [...allowed] : null;
  const { scopes, unknown } = parseScopeString(raw);
  if (unknown.length || scopes.some((s) => !allowed.includes(s))) return null;
  return scopes;
}
