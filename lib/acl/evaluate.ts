import { WILDCARD, type Permission } from "./resources";

export type Rule = { area: string; resource: string; action: string; effect: "ALLOW" | "DENY" };

const matches = (pattern: string, value: string) => pattern === WILDCARD || pattern === value;

/** A matching deny wins, then a matching allow; with no matching rule access is denied. */
export function isAllowed(rules: readonly Rule[], permission: Permission | string): boolean {
  const [area, resource, action] = permission.split("/");
  if (!area || !resource || !action) return false;
  let allowed = false;
  for (const r of rules) {
    if (!matches(r.area, area) || !matches(r.resource, resource) || !matches(r.action, action)) continue;
    if (r.effect === "DENY") return false;
    allowed = true;
  }
  return allowed;
}
