/**
 * The storefront API's scopes, defined once: per resource, read or write. An application holds a
 * subset; a call may do what both the application's scopes and its owner's current storefront
 * permissions allow (the owner's side is re-read on every request, so losing a role takes effect at once).
 */
export const API_SCOPES = [
  "me:read",
  "company:read",
  "users:read",
  "addresses:read",
  "addresses:write",
  "products:read",
  "shopping-lists:read",
  "shopping-lists:write",
  "orders:read",
  "orders:write",
  "requests-for-quote:read",
  "requests-for-quote:write",
  "quotes:read",
  "quotes:write",
] as const;

export type ApiScope = (typeof API_SCOPES)[number];

export function isApiScope(v: string): v is ApiScope {
  return (API_SCOPES as readonly string[]).includes(v);
}

/** "a b  c" -> the known scopes, deduplicated, in catalogue order; unknown ones are returned apart. */
export function parseScopeString(raw: string | null | undefined): { scopes: ApiScope[]; unknown: string[] } {
  const asked = new Set((raw ?? "").split(/\s+/).filter(Boolean));
  return {
    scopes: API_SCOPES.filter((s) => asked.has(s)),
    unknown: [...asked].filter((s) => !isApiScope(s)),
  };
}

/** A customer user's effective storefront permissions (lib/customer-roles/effective.ts), as far as scopes need them. */
export type OwnerPermissions = {
  levels: Record<string, Partial<Record<"VIEW" | "CREATE" | "EDIT" | "DELETE", string>>>;
  capabilities: readonly string[];
};

const held = (level: string | undefined) => level !== undefined && level !== "NONE";
const visible = (p: OwnerPermissions, entity: string) => held(p.levels[entity]?.VIEW);
const writable = (p: OwnerPermissions, entity: string) =>
  held(p.levels[entity]?.CREATE) || held(p.levels[entity]?.EDIT) || held(p.levels[entity]?.DELETE);

/**
 * The scopes a customer user's permissions allow at all: what an application of theirs may be given,
 * and, intersected with the application's scopes, what a call may do. The handlers still apply the
 * storefront's own rules (levels, ownership) to each record.
 */
export function scopesAllowedBy(p: OwnerPermissions): ApiScope[] {
  const allowed: Record<ApiScope, boolean> = {
    "me:read": true,
    "company:read": true,
    "products:read": true,
    "users:read": visible(p, "customer-user"),
    "addresses:read": visible(p, "address"),
    "addresses:write": writable(p, "address"),
    "shopping-lists:read": visible(p, "shopping-list"),
    "shopping-lists:write": writable(p, "shopping-list"),
    "orders:read": visible(p, "order"),
    "orders:write": p.capabilities.includes("place-orders"),
    "requests-for-quote:read": visible(p, "request-for-quote"),
    "requests-for-quote:write": p.capabilities.includes("request-quote"),
    "quotes:read": visible(p, "quote"),
    "quotes:write": visible(p, "quote") && p.capabilities.includes("place-orders"),
  };
  return API_SCOPES.filter((s) => allowed[s]);
}
