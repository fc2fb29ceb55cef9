import "server-only";
import { cache } from "react";
import type { CustomerSession } from "@/lib/auth/customer-session";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CustomerAction, CustomerCapability, CustomerEntity } from "@/lib/customer-roles/catalog";
import { effectivePermissions, type EffectivePermissions } from "@/lib/customer-roles/effective";
import { scopeOfLevel, type CompanyReach, type Scope } from "./levels";

/** Deep enough for any real group structure; stops a damaged tree from looping forever. */
const MAX_DEPTH = 100;

export type CustomerAccess = CompanyReach & { websiteId: string; email: string; permissions: EffectivePermissions };

/**
 * The viewer's effective permissions and the companies below theirs, read once per request: the
 * roles with their grants, and one recursive query for the subsidiaries.
 */
export const customerAccess = cache(async (customer: Pick<CustomerSession, "id" | "companyId" | "websiteId" | "email">): Promise<CustomerAccess> => {
  const roles = await prisma.customerUserRole.findMany({
    where: { customerUserId: customer.id },
    select: { role: { select: { capabilities: true, permissions: { select: { entity: true, action: true, level: true } } } } },
  });
  const below = await prisma.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE down(id, depth) AS (
      SELECT id, 0 FROM "Company" WHERE "parentId" = ${customer.companyId}
      UNION ALL
      SELECT c.id, down.depth + 1 FROM "Company" c JOIN down ON c."parentId" = down.id WHERE down.depth < ${MAX_DEPTH}
    )
    SELECT DISTINCT id FROM down ORDER BY id`;
  return {
    customerUserId: customer.id, companyId: customer.companyId, websiteId: customer.websiteId, email: customer.email,
    subsidiaryIds: below.map((r) => r.id).filter((id) => id !== customer.companyId),
    permissions: effectivePermissions(roles.map((r) => r.role)),
  };
});

export const hasCapability = (access: CustomerAccess, capability: CustomerCapability) => access.permissions.capabilities.includes(capability);

/** How far one entity permission of the viewer reaches. */
export function scopeFor(access: CustomerAccess, entity: CustomerEntity, action: CustomerAction): Scope {
  return scopeOfLevel(access.permissions.levels[entity][action], access);
}

/**
 * The `where` that keeps a customer user query inside a scope (and the viewer's website): NONE
 * matches nothing, OWN only the viewer, the company levels the users of those companies.
 */
export function customerUserWhere(access: CustomerAccess, scope: Scope): Prisma.CustomerUserWhereInput {
  const site = { websiteId: access.websiteId };
  if (scope.level === "NONE") return { id: { in: [] } };
  if (scope.level === "OWN") return { ...site, id: scope.customerUserId };
  return { ...site, companyId: { in: scope.companyIds } };
}
