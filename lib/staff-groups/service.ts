import "server-only";

import {
  assertMayGrant,
  assertMembersGainNothingUnheld,
  assertNotAbove,
  grantorOf,
  membersBefore,
  rulesOfGroups,
  rulesOfRoles,
  type Grantor,
} from "@/lib/acl/grants";
import { assertAccessSafe } from "@/lib/acl/managers";
import type { Sees } from "@/lib/acl/visibility";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { isUniqueViolation, prisma, transaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { GridParams } from "@/lib/grid/params";
import { containsText } from "@/lib/grid/text";

import type { GroupFormValues } from "./schema";

export const GROUP_SORTS = ["name", "users"] as const;
export type GroupSort = (typeof GROUP_SORTS)[number];
export type GroupListParams = GridParams<GroupSort>;

/** `roles`: the roles' names, null for a viewer who may not view roles. */
export type GroupRow = { id: string; name: string; roles: string[] | null; userCount: number };

/** One page of the groups grid: filter, sort (by name or number of users) and page in SQL. */
export async function listGroups(params: GroupListParams, sees: Sees): Promise<{ rows: GroupRow[]; total: number }> {
  const roles = sees("users/role/view");
  const where: Prisma.StaffGroupWhereInput = params.q ? { name: containsText(params.q) } : {};
  const order: Prisma.StaffGroupOrderByWithRelationInput =
    params.sort === "users" ? { users: { _count: params.dir } } : { [params.sort]: params.dir };
  const [rows, total] = await Promise.all([
    prisma.staffGroup.findMany({
      where,
      orderBy: [order, { id: "asc" }],
      skip: (params.page - 1) * params.size,
      take: params.size,
      select: {
        id: true,
        name: true,
        _count: { select: { users: true } },
        roles: { select: { role: { select: { name: true } } }, orderBy: { role: { name: "asc" } } },
      },
    }),
    prisma.staffGroup.count({ where }),
  ]);
  return {
    rows: rows.map((g) => ({
      id: g.id,
      name: g.name,
      roles: roles ? g.roles.map((r) => r.role.name) : null,
      userCount: g._count.users,
    })),
    total,
  };
}

export type GroupDetail = { id: string; name: string; roleIds: string[]; userCount: number };

export async function getGroup(id: string): Promise<GroupDetail | null> {
  const group = await prisma.staffGroup.findUnique({
    where: { id },
    select: { id: true, name: true, roles: { select: { roleId: true } }, _count: { select: { users: true } } },
  });
  return (
    group && {
      id: group.id,
      name: group.name,
      roleIds: group.roles.map((r) => r.roleId),
      userCount: group._count.users,
    }
  );
}

export type GroupMember = {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  status: "ACTIVE" | "DEACTIVATED" | "DELETED";
};

/** The first members of a group by e-mail; the edit page says how many more there are. */
export async function listGroupMembers(groupId: string, take = 100): Promise<GroupMember[]> {
  const rows = await prisma.staffUserGroup.findMany({
    where: { groupId },
    orderBy: { user: { email: "asc" } },
    take,
    select: { user: { select: { id: true, email: true, firstName: true, lastName: true, status: true } } },
  });
  return rows.map((r) => r.user);
}

/** The audited view of a group: its name and the names of its roles. */
async function auditSnapshot(tx: Tx, id: string) {
  const group = await tx.staffGroup.findUnique({
    where: { id },
    select: { name: true, roles: { select: { role: { select: { name: true } } } } },
  });
  return group && { name: group.name, roles: group.roles.map((r) => r.role.name).sort() };
}

/** Names are unique regardless of case; the lock serialises concurrent checks. */
async function assertNameFree(tx: Tx, name: string, exceptId?: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('concierge:staff-group-names'))`;
  const clash = await tx.staffGroup.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new DomainError("groupNameTaken", "name");
}

/** The roles to store: they exist, and together grant nothing the grantor lacks. */
async function assertRolesGrantable(tx: Tx, grantor: Grantor, roleIds: string[]) {
  const unique = [...new Set(roleIds)];
  const found = await tx.staffRole.count({ where: { id: { in: unique } } });
  if (found !== unique.length) throw new DomainError("roleUnknown", "roleIds");
  assertMayGrant(grantor, await rulesOfRoles(tx, unique), "roleIds");
  return unique;
}

function rethrowDuplicateName(e: unknown): never {
  if (isUniqueViolation(e)) throw new DomainError("groupNameTaken", "name");
  throw e;
}

export async function createGroup(actor: Actor, values: GroupFormValues): Promise<{ id: string }> {
  try {
    return await transaction(async (tx) => {
      await assertNameFree(tx, values.name);
      const roleIds = await assertRolesGrantable(tx, await grantorOf(tx, actor), values.roleIds);
      const created = await tx.staffGroup.create({
        data: { name: values.name, roles: { create: roleIds.map((roleId) => ({ roleId })) } },
        select: { id: true },
      });
      await recordAudit(tx, actor, {
        entity: "staff-group",
        entityId: created.id,
        action: "create",
        after: await auditSnapshot(tx, created.id),
      });
      return created;
    });
  } catch (e) {
    rethrowDuplicateName(e);
  }
}

/**
 * Rename and reassign roles; refused for a group that grants more than the actor holds, for roles
 * that would, and if it locks the actor or everyone out of managing access.
 */
export async function updateGroup(actor: Actor, id: string, values: GroupFormValues): Promise<void> {
  try {
    await transaction(async (tx) => {
      const before = await auditSnapshot(tx, id);
      if (!before) throw new DomainError("notFound");
      const grantor = await grantorOf(tx, actor);
      assertNotAbove(grantor, await rulesOfGroups(tx, [id]), "group");
      await assertNameFree(tx, values.name, id);
      const roleIds = await assertRolesGrantable(tx, grantor, values.roleIds);
      const members = await membersBefore(tx, grantor, [id]);
      await tx.staffGroupRole.deleteMany({ where: { groupId: id } });
      await tx.staffGroup.update({
        where: { id },
        data: { name: values.name, roles: { create: roleIds.map((roleId) => ({ roleId })) } },
      });
      await assertMembersGainNothingUnheld(tx, grantor, members, "roleIds");
      await assertAccessSafe(tx, actor, grantor.rules, "group");
      await recordAudit(tx, actor, {
        entity: "staff-group",
        entityId: id,
        action: "update",
        before,
        after: await auditSnapshot(tx, id),
      });
    });
  } catch (e) {
    rethrowDuplicateName(e);
  }
}

/**
 * Delete a group and its memberships. A group with users is deleted only when the person has seen
 * (and acknowledged) at least as many users as belong to it now; the row lock keeps anybody from
 * joining between the count and the delete. Refused for a group that grants more than the actor
 * holds, and when dropping it would give its users something the actor lacks (a deny it carried).
 */
export async function deleteGroup(actor: Actor, id: string, acknowledgedUsers: number): Promise<void> {
  await transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "StaffGroup" WHERE id = ${id} FOR UPDATE`;
    if (locked.length === 0) throw new DomainError("notFound");
    const grantor = await grantorOf(tx, actor);
    assertNotAbove(grantor, await rulesOfGroups(tx, [id]), "group");
    const members = await tx.staffUserGroup.findMany({
      where: { groupId: id },
      select: { user: { select: { email: true } } },
    });
    if (members.length > acknowledgedUsers) throw new DomainError("groupInUse", undefined, { count: members.length });
    const before = await auditSnapshot(tx, id);
    const affected = await membersBefore(tx, grantor, [id]);
    await tx.staffGroup.delete({ where: { id } });
    await assertMembersGainNothingUnheld(tx, grantor, affected);
    await assertAccessSafe(tx, actor, grantor.rules, "group");
    await recordAudit(tx, actor, {
      entity: "staff-group",
      entityId: id,
      action: "delete",
      before: { ...before, users: members.map((m) => m.user.email).sort() },
    });
  });
}
