import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import type { CustomerAction, CustomerCapability, CustomerEntity } from "@/lib/customer-roles/catalog";
import { effectivePermissions, type EffectivePermissions } from "@/lib/customer-roles/effective";

/** The union of a customer user's roles, read once per request. */
export const customerPermissions = cache(async (customerUserId: string): Promise<EffectivePermissions> => {
  const roles = await prisma.customerRole.findMany({
    where: { users: { some: { customerUserId } } },
    select: { capabilities: true, permissions: { select: { entity: true, action: true, level: true } } },
  });
  return effectivePermissions(roles);
});

export async function hasCapability(customerUserId: string, capability: CustomerCapability): Promise<boolean> {
  return (await customerPermissions(customerUserId)).capabilities.includes(capability);
}

/**
 * Whose records of an entity a customer user may act on, as a `where` the queries apply: their own,
 * their company's, or their company's and its subsidiaries' (the company tree read once per request).
 * `null` means none at all.
 */
export type RecordScope = { customerUserId: string } | { companyId: { in: string[] } } | null;

export const recordScope = cache(async (customer: { id: string; companyId: string }, entity: CustomerEntity, action: CustomerAction): Promise<RecordScope> => {
  const level = (await customerPermissions(customer.id)).levels[entity][action];
  if (level === "NONE") return null;
  if (level === "OWN") return { customerUserId: customer.id };
  if (level === "COMPANY") return { companyId: { in: [customer.companyId] } };
  return { companyId: { in: await subtreeIds(customer.companyId) } };
});

/** A company and every company below it. */
async function subtreeIds(companyId: string): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE down(id, depth) AS (
      SELECT id, 0 FROM "Company" WHERE id = ${companyId}
      UNION ALL
      SELECT c.id, down.depth + 1 FROM "Company" c JOIN down ON c."parentId" = down.id WHERE down.depth < 100
    )
    SELECT DISTINCT id FROM down`;
  return rows.map((r) => r.id);
}
