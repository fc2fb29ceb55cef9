import "server-only";
import { prisma } from "@/lib/db";
import { effectivePermissions, type EffectivePermissions } from "./effective";
import type { CustomerAction, CustomerEntity } from "./catalog";

/** The signed-in customer user's permissions, from the roles they hold now (not from the session token). */
export async function permissionsOf(customerUserId: string): Promise<EffectivePermissions> {
  const roles = await prisma.customerUserRole.findMany({
    where: { customerUserId },
    select: { role: { select: { capabilities: true, permissions: { select: { entity: true, action: true, level: true } } } } },
  });
  return effectivePermissions(roles.map((r) => r.role));
}

/** A company and every company below it, however deep, in one recursive query. */
async function companyTree(companyId: string): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE tree AS (SELECT id FROM "Company" WHERE id = ${companyId}
      UNION SELECT c.id FROM "Company" c JOIN tree ON c."parentId" = tree.id)
    SELECT id FROM tree`;
  return rows.map((r) => r.id);
}

/** A `where` fragment for documents that carry companyId and customerUserId. */
export type OwnerScope = { customerUserId: string } | { companyId: { in: string[] } };

/**
 * Which documents of an entity a customer user may act on, from the widest level their roles grant:
 * their own, their company's, or their company's and its subsidiaries'. null = none at all.
 */
export async function scopeFor(
  customer: { id: string; companyId: string },
  entity: CustomerEntity,
  action: CustomerAction,
  permissions?: EffectivePermissions,
): Promise<OwnerScope | null> {
  const level = (permissions ?? (await permissionsOf(customer.id))).levels[entity][action];
  switch (level) {
    case "OWN": return { customerUserId: customer.id };
    case "COMPANY": return { companyId: { in: [customer.companyId] } };
    case "COMPANY_AND_SUBSIDIARIES": return { companyId: { in: await companyTree(customer.companyId) } };
    default: return null;
  }
}
