import "server-only";

import { recordAudit, type Actor } from "@/lib/audit/record";
import { assertNameFree, auditSnapshot, capabilitiesOf, grantedPermissions } from "@/lib/customer-roles/mutations";
import type { CustomerRoleFormValues, PermissionInput } from "@/lib/customer-roles/schema";
import { isUniqueViolation, prisma, transaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { escalations } from "@/lib/shop-access/levels";
import { customerUserWhere, hasCapability, type CustomerAccess } from "@/lib/shop-access/service";
import { userScope } from "@/lib/shop-company-users/scope";

import type { AccountRoleFormValues } from "./schema";

export type AccountRoleRow = { id: string; name: string; predefined: boolean; editable: boolean; userCount: number };
export type AccountRoleDetail = AccountRoleRow & { permissions: PermissionInput[]; capabilities: string[] };

/** What the viewer may read: the predefined roles and their company's own. Nothing without "manage-roles". */
const visible = (access: CustomerAccess): Prisma.CustomerRoleWhereInput =>
  hasCapability(access, "manage-roles")
    ? { OR: [{ companyId: null }, { companyId: access.companyId }] }
    : { id: { in: [] } };
/** What the viewer may change: their company's roles that staff left to the company to manage. */
const editable = (access: CustomerAccess): Prisma.CustomerRoleWhereInput =>
  hasCapability(access, "manage-roles") ? { companyId: access.companyId, selfManaged: true } : { id: { in: [] } };

/**
 * A role's users as the viewer may see them: the same reach as the Users page (predefined roles are
 * shared by every company, so an unfiltered count would tell one company about the others).
 */
const select = (access: CustomerAccess) =>
  ({
    id: true,
    name: true,
    companyId: true,
    selfManaged: true,
    _count: { select: { users: { where: { customerUser: customerUserWhere(access, userScope(access, "VIEW")) } } } },
  }) as const;
const row = (
  access: CustomerAccess,
  r: { id: string; name: string; companyId: string | null; selfManaged: boolean; _count: { users: number } },
): AccountRoleRow => ({
  id: r.id,
  name: r.name,
  predefined: r.companyId === null,
  editable: r.companyId === access.companyId && r.selfManaged,
  userCount: r._count.users,
});

export async function listAccountRoles(access: CustomerAccess): Promise<AccountRoleRow[]> {
  const roles = await prisma.customerRole.findMany({
    where: visible(access),
    orderBy: [{ companyId: { sort: "asc", nulls: "first" } }, { name: "asc" }, { id: "asc" }],
    select: select(access),
  });
  return roles.map((r) => row(access, r));
}

export async function getAccountRole(access: CustomerAccess, id: string): Promise<AccountRoleDetail | null> {
  const r = await prisma.customerRole.findFirst({
    where: { AND: [{ id }, visible(access)] },
    select: {
      ...select(access),
      capabilities: true,
      permissions: { select: { entity: true, action: true, level: true } },
    },
  });
  return r ? { ...row(access, r), permissions: r.permissions, capabilities: r.capabilities } : null;
}

/** The stored form of the values, refused at the field when they grant more than the viewer holds. */
function checked(access: CustomerAccess, v: AccountRoleFormValues) {
  const values: CustomerRoleFormValues = { ...v, owner: "company", companyId: access.companyId, selfManaged: true };
  const permissions = grantedPermissions(values);
  const over = escalations(access.permissions, v);
  if (over.permissions.length > 0)
    throw new DomainError("accountRoleEscalation", `permissions.${over.permissions[0]}.level`);
  if (over.capabilities) throw new DomainError("accountRoleEscalation", "capabilities");
  return { permissions, capabilities: capabilitiesOf(values) };
}

const nameTaken = (e: unknown): never => {
  if (isUniqueViolation(e)) throw new DomainError("customerRoleNameTakenCompany", "name");
  throw e;
};

export async function createAccountRole(
  actor: Actor,
  access: CustomerAccess,
  v: AccountRoleFormValues,
): Promise<{ id: string }> {
  if (!hasCapability(access, "manage-roles")) throw new DomainError("notFound");
  const { permissions, capabilities } = checked(access, v);
  return transaction(async (tx) => {
    await assertNameFree(tx, v.name, access.companyId);
    const created = await tx.customerRole.create({
      data: {
        name: v.name,
        companyId: access.companyId,
        selfManaged: true,
        capabilities,
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
  }).catch(nameTaken);
}

export async function updateAccountRole(
  actor: Actor,
  access: CustomerAccess,
  id: string,
  v: AccountRoleFormValues,
): Promise<void> {
  await transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "CustomerRole" WHERE id = ${id} FOR UPDATE`;
    if (!(await tx.customerRole.findFirst({ where: { AND: [{ id }, editable(access)] }, select: { id: true } })))
      throw new DomainError("notFound");
    const { permissions, capabilities } = checked(access, v);
    const before = await auditSnapshot(tx, id);
    await assertNameFree(tx, v.name, access.companyId, id);
    await tx.customerRolePermission.deleteMany({ where: { roleId: id } });
    await tx.customerRole.update({
      where: { id },
      data: { name: v.name, capabilities, permissions: { create: permissions } },
    });
    await recordAudit(tx, actor, {
      entity: "customer-role",
      entityId: id,
      action: "update",
      before,
      after: await auditSnapshot(tx, id),
    });
  }).catch(nameTaken);
}

/** A role someone still holds is kept: taking it from colleagues silently is a decision for the person, role by role. */
export async function deleteAccountRole(actor: Actor, access: CustomerAccess, id: string): Promise<void> {
  await transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "CustomerRole" WHERE id = ${id} FOR UPDATE`;
    if (!(await tx.customerRole.findFirst({ where: { AND: [{ id }, editable(access)] }, select: { id: true } })))
      throw new DomainError("notFound");
    const users = await tx.customerUserRole.count({ where: { roleId: id } });
    if (users > 0) throw new DomainError("customerRoleInUse", undefined, { count: users });
    const before = await auditSnapshot(tx, id);
    await tx.customerRole.delete({ where: { id } });
    await recordAudit(tx, actor, { entity: "customer-role", entityId: id, action: "delete", before });
  });
}
