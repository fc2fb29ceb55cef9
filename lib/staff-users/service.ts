import "server-only";

import { staffRules } from "@/lib/acl/effective-rules";
import type { Rule } from "@/lib/acl/evaluate";
import { assertMayGrant, assertNotAbove, grantorOf, rulesOfGroups, type Grantor } from "@/lib/acl/grants";
import { firstNotHeld, type GrantOption } from "@/lib/acl/holdings";
import { assertManagersRemain } from "@/lib/acl/managers";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { isUniqueViolation, prisma, transaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { hashPassword } from "@/lib/identity/password";
import { revokeSessions } from "@/lib/identity/session-store";
import { closeSessions } from "@/lib/impersonation/close";

import { userListQuery, type UserListParams, type UserRow } from "./list-query";
import type { StaffStatusValue, UserFormValues } from "./schema";

export {
  USER_FILTERS,
  USER_SORTS,
  userListQuery,
  userListWhere,
  type UserListParams,
  type UserRow,
  type UserSort,
} from "./list-query";

/** One page of the users grid: filter, sort and page in SQL, with the total for the pager. */
export async function listUsers(params: UserListParams): Promise<{ rows: UserRow[]; total: number }> {
  const query = userListQuery(params);
  const [rows, total] = await Promise.all([
    prisma.staffUser.findMany(query.findMany),
    prisma.staffUser.count(query.count),
  ]);
  return { rows, total };
}

export type UserDetail = UserRow & { locale: string; groupIds: string[] };

export async function getUser(id: string): Promise<UserDetail | null> {
  const user = await prisma.staffUser.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      firstName: true,
      lastName: true,
      lastLoginAt: true,
      status: true,
      isAgent: true,
      locale: true,
      groups: { select: { groupId: true } },
    },
  });
  if (!user) return null;
  const { groups, ...rest } = user;
  return { ...rest, groupIds: groups.map((g) => g.groupId) };
}

/** The groups the user form offers, each marked when it grants something `granter` (the signed-in person) lacks. */
export async function listGroupOptions(granter: Rule[]): Promise<GrantOption[]> {
  const groups = await prisma.staffGroup.findMany({
    select: {
      id: true,
      name: true,
      roles: {
        select: { role: { select: { rules: { select: { area: true, resource: true, action: true, effect: true } } } } },
      },
    },
    orderBy: { name: "asc" },
  });
  return groups.map((g) => ({
    id: g.id,
    name: g.name,
    notHeld: firstNotHeld(
      granter,
      g.roles.flatMap((r) => r.role.rules),
    ),
  }));
}

/** The audited view of a user: every field a person edits; the hash only as "changed". */
async function auditSnapshot(tx: Tx, id: string) {
  const u = await tx.staffUser.findUnique({
    where: { id },
    select: {
      email: true,
      firstName: true,
      lastName: true,
      status: true,
      isAgent: true,
      locale: true,
      passwordHash: true,
      groups: { select: { group: { select: { name: true } } }, orderBy: { group: { name: "asc" } } },
    },
  });
  if (!u) return null;
  const { groups, ...rest } = u;
  return { ...rest, groups: groups.map((g) => g.group.name) };
}

/** The groups to store: they exist, and together grant nothing the grantor lacks. */
async function assertGroupsGrantable(tx: Tx, grantor: Grantor, groupIds: string[]) {
  const unique = [...new Set(groupIds)];
  const found = await tx.staffGroup.count({ where: { id: { in: unique } } });
  if (found !== unique.length) throw new DomainError("groupUnknown", "groupIds");
  assertMayGrant(grantor, await rulesOfGroups(tx, unique), "groupIds");
  return unique;
}

/**
 * Nobody changes a user who holds more than they do, and nobody changes their own groups (whatever
 * they would gain or lose, only someone else may decide it); their other fields stay theirs to edit.
 */
async function assertMayChangeUser(tx: Tx, actor: Actor, grantor: Grantor, id: string, groupIds?: string[]) {
  if (groupIds && actor.staffId === id) {
    const current = await tx.staffUserGroup.findMany({ where: { userId: id }, select: { groupId: true } });
    const same = new Set(groupIds);
    if (same.size !== current.length || current.some((g) => !same.has(g.groupId)))
      throw new DomainError("ownGroups", "groupIds");
  }
  assertNotAbove(grantor, await staffRules(tx, id), "user");
}

function rethrowDuplicateEmail(e: unknown): never {
  if (isUniqueViolation(e)) throw new DomainError("emailTaken", "email");
  throw e;
}

export async function createUser(actor: Actor, values: UserFormValues): Promise<{ id: string }> {
  const passwordHash = await hashPassword(values.password);
  try {
    return await transaction(async (tx) => {
      const groupIds = await assertGroupsGrantable(tx, await grantorOf(tx, actor), values.groupIds);
      const created = await tx.staffUser.create({
        data: {
          email: values.email,
          passwordHash,
          firstName: values.firstName,
          lastName: values.lastName,
          isAgent: values.isAgent,
          locale: values.locale,
          groups: { create: groupIds.map((groupId) => ({ groupId })) },
        },
        select: { id: true },
      });
      await recordAudit(tx, actor, {
        entity: "staff-user",
        entityId: created.id,
        action: "create",
        after: await auditSnapshot(tx, created.id),
      });
      return created;
    });
  } catch (e) {
    rethrowDuplicateEmail(e);
  }
}

/**
 * Edit every field; a new password, or a status other than active, ends the user's sessions.
 * Refused for a user who holds more than the actor, and for a change of one's own groups.
 */
export async function updateUser(
  actor: Actor,
  id: string,
  values: UserFormValues,
): Promise<{ sessionsEnded: boolean }> {
  const passwordHash = values.password ? await hashPassword(values.password) : undefined;
  try {
    return await transaction(async (tx) => {
      const before = await auditSnapshot(tx, id);
      if (!before) throw new DomainError("notFound");
      const grantor = await grantorOf(tx, actor);
      await assertMayChangeUser(tx, actor, grantor, id, values.groupIds);
      const groupIds = await assertGroupsGrantable(tx, grantor, values.groupIds);
      const sessionsEnded = Boolean(passwordHash) || before.status !== values.status;
      await tx.staffUserGroup.deleteMany({ where: { userId: id } });
      await tx.staffUser.update({
        where: { id },
        data: {
          email: values.email,
          firstName: values.firstName,
          lastName: values.lastName,
          isAgent: values.isAgent,
          locale: values.locale,
          status: values.status,
          ...(passwordHash ? { passwordHash } : {}),
          ...(sessionsEnded ? { sessionVersion: { increment: 1 } } : {}),
          groups: { create: groupIds.map((groupId) => ({ groupId })) },
        },
      });
      await assertManagersRemain(tx);
      if (sessionsEnded)
        await revokeSessions(
          tx,
          { staffUserId: id },
          values.status === "ACTIVE" && passwordHash ? "PASSWORD_CHANGED" : "DEACTIVATED",
        );
      if (values.status !== "ACTIVE") await closeSessions(tx, { staffUserId: id }, "STAFF_UNAVAILABLE");
      await recordAudit(tx, actor, {
        entity: "staff-user",
        entityId: id,
        action: "update",
        before,
        after: await auditSnapshot(tx, id),
      });
      return { sessionsEnded };
    });
  } catch (e) {
    rethrowDuplicateEmail(e);
  }
}

const STATUS_ACTION = { ACTIVE: "activate", DEACTIVATED: "deactivate", DELETED: "delete" } as const;

/**
 * Activate, deactivate or (soft) delete; refused for a user who holds more than the actor. Every
 * change of status ends the user's open sessions.
 */
export async function setUserStatus(actor: Actor, id: string, status: StaffStatusValue): Promise<void> {
  await transaction(async (tx) => {
    const before = await tx.staffUser.findUnique({ where: { id }, select: { status: true } });
    if (before) await assertMayChangeUser(tx, actor, await grantorOf(tx, actor), id);
    const { count } = await tx.staffUser.updateMany({
      where: { id, status: { not: status } },
      data: { status, sessionVersion: { increment: 1 } },
    });
    if (count === 0) {
      const exists = await tx.staffUser.count({ where: { id } });
      if (!exists) throw new DomainError("notFound");
      return;
    }
    if (status !== "ACTIVE") await assertManagersRemain(tx);
    if (status !== "ACTIVE") await revokeSessions(tx, { staffUserId: id }, "DEACTIVATED");
    if (status !== "ACTIVE") await closeSessions(tx, { staffUserId: id }, "STAFF_UNAVAILABLE");
    await recordAudit(tx, actor, {
      entity: "staff-user",
      entityId: id,
      action: STATUS_ACTION[status],
      before,
      after: { status },
    });
  });
}
