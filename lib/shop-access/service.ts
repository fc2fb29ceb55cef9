import "server-only";

import { cache } from "react";

import type { CustomerAction, CustomerCapability, CustomerEntity } from "@/lib/customer-roles/catalog";
import { effectivePermissions, type EffectivePermissions } from "@/lib/customer-roles/effective";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CustomerSession } from "@/lib/identity/shop-session";

import { scopeOfLevel, type CompanyReach, type Scope } from "./levels";

/** Deep enough for any real group structure; stops a damaged tree from looping forever. */
const MAX_DEPTH = 100;

export type CustomerAccess = CompanyReach & { websiteId: string; email: string; permissions: EffectivePermissions };

/** The union of a customer user's roles as they are now (not as the session token knew them), read once per request. */
export const permissionsOfUser = cache(async (customerUserId: string): Promise<EffectivePermissions> => {
  const roles = await prisma.customerUserRole.findMany({
    where: { customerUserId },
    select: {
      role: { select: { capabilities: true, permissions: { select: { entity: true, action: true, level: true } } } },
    },
  });
  return effectivePermissions(roles.map((r) => r.role));
});

/** Every company below one, however deep, in one recursive query, read once per request. */
const subsidiariesOf = cache(async (companyId: string): Promise<string[]> => {
  const below = await prisma.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE down(id, depth) AS (
      SELECT id, 0 FROM "Company" WHERE "parentId" = ${companyId}
      UNION ALL
      SELECT c.id, down.depth + 1 FROM "Company" c JOIN down ON c."parentId" = down.id WHERE down.depth < ${MAX_DEPTH}
    )
    SELECT DISTINCT id FROM down ORDER BY id`;
  return below.map((r) => r.id).filter((id) => id !== companyId);
});

/** The viewer's effective permissions and the companies below theirs. */
export const customerAccess = cache(
  async (customer: Pick<CustomerSession, "id" | "companyId" | "websiteId" | "email">): Promise<CustomerAccess> => {
    const [permissions, subsidiaryIds] = await Promise.all([
      permissionsOfUser(customer.id),
      subsidiariesOf(customer.companyId),
    ]);
    return {
      customerUserId: customer.id,
      companyId: customer.companyId,
      websiteId: customer.websiteId,
      email: customer.email,
      subsidiaryIds,
      permissions,
    };
  },
);

export async function holdsCapability(customerUserId: string, capability: CustomerCapability): Promise<boolean> {
  return (await permissionsOfUser(customerUserId)).capabilities.includes(capability);
}

/** A `where` fragment for documents that carry companyId and customerUserId (orders, quotes, requests); null = none at all. */
export type DocumentScope = { customerUserId: string } | { companyId: { in: string[] } } | null;

/** Which documents of an entity a customer user may act on: their own, their company's, or their company's and its subsidiaries'. */
export async function documentScope(
  customer: { id: string; companyId: string },
  entity: CustomerEntity,
  action: CustomerAction,
): Promise<DocumentScope> {
  const level = (await permissionsOfUser(customer.id)).levels[entity][action];
  const subsidiaryIds = level === "COMPANY_AND_SUBSIDIARIES" ? await subsidiariesOf(customer.companyId) : [];
  const scope = scopeOfLevel(level, { customerUserId: customer.id, companyId: customer.companyId, subsidiaryIds });
  if (scope.level === "NONE") return null;
  return scope.level === "OWN" ? { customerUserId: scope.customerUserId } : { companyId: { in: scope.companyIds } };
}

export const hasCapability = (access: CustomerAccess, capability: CustomerCapability) =>
  access.permissions.capabilities.includes(capability);

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
