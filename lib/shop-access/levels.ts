import { levelRank, type CustomerLevel } from "@/lib/customer-roles/catalog";
import type { EffectivePermissions } from "@/lib/customer-roles/effective";

/** What one permission reaches: nothing, only the viewer's own records, or the records of these companies. */
export type Scope =
  | { level: "NONE" }
  | { level: "OWN"; customerUserId: string }
  | { level: "COMPANY" | "COMPANY_AND_SUBSIDIARIES"; companyIds: string[] };

/** The viewer's company alone, or it and every company below it; computed once per request. */
export type CompanyReach = { customerUserId: string; companyId: string; subsidiaryIds: string[] };

export function scopeOfLevel(level: CustomerLevel, reach: CompanyReach): Scope {
  if (level === "OWN") return { level, customerUserId: reach.customerUserId };
  if (level === "COMPANY") return { level, companyIds: [reach.companyId] };
  if (level === "COMPANY_AND_SUBSIDIARIES") return { level, companyIds: [reach.companyId, ...reach.subsidiaryIds] };
  return { level: "NONE" };
}

/** The companies a scope lets one place new records in: none at OWN, since "own" records are one's own. */
export const companiesOf = (scope: Scope): string[] => ("companyIds" in scope ? scope.companyIds : []);

/**
 * Privilege escalation check for a role being written from the storefront: every level at most the
 * writer's own, every capability one the writer holds. Answers the offending form fields.
 */
export function escalations(
  own: EffectivePermissions,
  wanted: { permissions: { entity: string; action: string; level: CustomerLevel }[]; capabilities: string[] },
): { permissions: number[]; capabilities: boolean } {
  const levels = own.levels as Record<string, Record<string, CustomerLevel> | undefined>;
  const permissions = wanted.permissions.flatMap((p, i) => {
    const mine = levels[p.entity]?.[p.action] ?? "NONE";
    return levelRank(p.level) > levelRank(mine) ? [i] : [];
  });
  const capabilities = wanted.capabilities.some((c) => !(own.capabilities as string[]).includes(c));
  return { permissions, capabilities };
}
