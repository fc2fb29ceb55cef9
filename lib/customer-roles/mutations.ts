import "server-only";

import { recordAudit, type Actor } from "@/lib/audit/record";
import { isUniqueViolation, transaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";

import {
  CUSTOMER_ACTIONS,
  CUSTOMER_CAPABILITIES,
  CUSTOMER_LEVELS,
  isCustomerCapability,
  isCustomerEntity,
} from "./catalog";
import { ownerCompanyId, type CustomerRoleFormValues } from "./schema";

/** The audited view of a role: owner by name, the matrix as "entity:ACTION=LEVEL", all sorted so diffs are stable. */
export async function auditSnapshot(tx: Tx, id: string) {
  const role = await tx.customerRole.findUnique({
    where: { id },
    select: { name: true, companyId: true, selfManaged: true, capabilities: true },
  });
  if (!role) return null;
  const company = role.companyId
    ? await tx.company.findUnique({ where: { id: role.companyId }, select: { name: true } })
    : null;
  const permissions = await tx.customerRolePermission.findMany({
    where: { roleId: id },
    select: { entity: true, action: true, level: true },
  });
  return {
    name: role.name,
    company: company?.name ?? null,
    selfManaged: role.selfManaged,
    capabilities: [...role.capabilities].sort(),
    permissions: permissions.map((p) => `${p.entity}:${p.action}=${p.level}`).sort(),
  };
}

/**
 * The form's schema checks the same; services are also called from elsewhere and trust no caller.
 * NONE is stored as no row, so a role's rows are exactly what it grants.
 */
export function grantedPermissions(values: CustomerRoleFormValues) {
  const seen = new Set<string>();
  for (const [i, p] of values.permissions.entries()) {
    if (!isCustomerEntity(p.entity)) throw new DomainError("customerRoleEntityUnknown", `permissions.${i}.entity`);
    if (!(CUSTOMER_ACTIONS as readonly string[]).includes(p.action))
      throw new DomainError("customerRoleActionUnknown", `permissions.${i}.action`);
    if (!(CUSTOMER_LEVELS as readonly string[]).includes(p.level))
      throw new DomainError("customerRoleLevelUnknown", `permissions.${i}.level`);
    if (seen.has(`${p.entity}:${p.action}`))
      throw new DomainError("customerRolePermissionDuplicate", `permissions.${i}.level`);
    seen.add(`${p.entity}:${p.action}`);
  }
  if (values.capabilities.some((c) => !isCustomerCapability(c)))
    throw new DomainError("customerRoleCapabilityUnknown", "capabilities");
  return values.permissions
    .filter((p) => p.level !== "NONE")
    .map(({ entity, action, level }) => ({ entity, action, level }));
}

/** In catalogue order and once each, so the same choice is stored the same way whatever order it was ticked in. */
export const capabilitiesOf = (values: CustomerRoleFormValues) =>
  CUSTOMER_CAPABILITIES.filter((c) => values.capabilities.includes(c));

/**
 * Names are unique within their scope regardless of case: among the predefined roles, or among one
 * company's roles. The database's unique index cannot see case, nor compare nulls, so the check
 * runs under a transaction-scoped lock that serialises every naming of a storefront role.
 */
export async function assertNameFree(tx: Tx, name: string, companyId: string | null, exceptId?: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('concierge:customer-role-names'))`;
  const clash = await tx.customerRole.findFirst({
    where: { companyId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash)
    throw new DomainError(companyId ? "customerRoleNameTakenCompany" : "customerRoleNameTakenPredefined", "name");
}

async function assertCompanyExists(tx: Tx, companyId: string | null) {
  if (companyId && !(await tx.company.findUnique({ where: { id: companyId }, select: { id: true } }))) {
    throw new DomainError("customerRoleCompanyUnknown", "companyId");
  }
}

function rethrowDuplicateName(e: unknown, companyId: string | null): never {
  if (isUniqueViolation(e))
    throw new DomainError(companyId ? "customerRoleNameTakenCompany" : "customerRoleNameTakenPredefined", "name");
  throw e;
}

export async function createCustomerRole(actor: Actor, values: CustomerRoleFormValues): Promise<{ id: string }> {
  const permissions = grantedPermissions(values);
  const companyId = ownerCompanyId(values);
  try {
    return await transaction(async (tx) => {
      await assertCompanyExists(tx, companyId);
      await assertNameFree(tx, values.name, companyId);
      const created = await tx.customerRole.create({
        data: {
          name: values.name,
          companyId,
          selfManaged: values.selfManaged,
          capabilities: capabilitiesOf(values),
          permissions: { create: permissions },
        },
        select: { id: true },
      });
      await recordAudit(tx, actor, {
        entity: "customer-role",
        entityId: created.id,
        action: "create",
        after: await auditSnapshot(tx, created.id),
      });
      return created;
    });
  } catch (e) {
    rethrowDuplicateName(e, companyId);
  }
}

/**
 * Rename, re-own and replace the grants. A role may move to a company only while no customer user
 * of another company holds it: they would keep a role their company is not offered. The row lock
 * makes assignments (which share-lock the role, see `assertRolesAssignable`) wait for the move.
 */
export async function updateCustomerRole(actor: Actor, id: string, values: CustomerRoleFormValues): Promise<void> {
  const permissions = grantedPermissions(values);
  const companyId = ownerCompanyId(values);
  try {
    await transaction(async (tx) => {
      const locked = await tx.$queryRaw<
        { companyId: string | null }[]
      >`SELECT "companyId" FROM "CustomerRole" WHERE id = ${id} FOR UPDATE`;
      if (locked.length === 0) throw new DomainError("notFound");
      const before = await auditSnapshot(tx, id);
      await assertCompanyExists(tx, companyId);
      if (companyId && companyId !== locked[0]!.companyId) {
        const elsewhere = await tx.customerUserRole.count({
          where: { roleId: id, customerUser: { companyId: { not: companyId } } },
        });
        if (elsewhere > 0) throw new DomainError("customerRoleHeldElsewhere", "companyId", { count: elsewhere });
      }
      await assertNameFree(tx, values.name, companyId, id);
      await tx.customerRolePermission.deleteMany({ where: { roleId: id } });
      await tx.customerRole.update({
        where: { id },
        data: {
          name: values.name,
          companyId,
          selfManaged: values.selfManaged,
          capabilities: capabilitiesOf(values),
          permissions: { create: permissions },
        },
      });
      await recordAudit(tx, actor, {
        entity: "customer-role",
        entityId: id,
        action: "update",
        before,
        after: await auditSnapshot(tx, id),
      });
    });
  } catch (e) {
    rethrowDuplicateName(e, companyId);
  }
}

/**
 * Delete a role and take it from its holders. A role in use is deleted only when the person has
 * seen (and acknowledged) at least as many holders as there are now; the row lock keeps new
 * assignments out between the count and the delete.
 */
export async function deleteCustomerRole(actor: Actor, id: string, acknowledgedUsers: number): Promise<void> {
  await transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "CustomerRole" WHERE id = ${id} FOR UPDATE`;
    if (locked.length === 0) throw new DomainError("notFound");
    const users = await tx.customerUserRole.count({ where: { roleId: id } });
    if (users > acknowledgedUsers) throw new DomainError("customerRoleInUse", undefined, { count: users });
    const before = await auditSnapshot(tx, id);
    await tx.customerRole.delete({ where: { id } });
    await recordAudit(tx, actor, {
      entity: "customer-role",
      entityId: id,
      action: "delete",
      before: { ...before, users },
    });
  });
}
