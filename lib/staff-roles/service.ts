import "server-only";

import type { Rule } from "@/lib/acl/evaluate";
import {
  assertMayGrant,
  assertMembersGainNothingUnheld,
  assertNotAbove,
  grantorOf,
  membersBefore,
  rulesOfRoles,
  type Grantor,
} from "@/lib/acl/grants";
import { firstNotHeld, grantingRow, type GrantOption } from "@/lib/acl/holdings";
import { assertAccessSafe } from "@/lib/acl/managers";
import { ruleLabel, ruleProblems, type RuleInput } from "@/lib/acl/rules";
import type { Sees } from "@/lib/acl/visibility";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { isUniqueViolation, prisma, transaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { GridParams } from "@/lib/grid/params";
import { containsText } from "@/lib/grid/text";

import type { RoleFormValues } from "./schema";

export const ROLE_SORTS = ["name", "createdAt"] as const;
export type RoleSort = (typeof ROLE_SORTS)[number];
export type RoleListParams = GridParams<RoleSort>;

export type RoleRow = { id: string; name: string; createdAt: Date; ruleCount: number; groupCount: number };

/** One page of the roles grid: filter, sort and page in SQL, with the total for the pager. */
export async function listRoles(params: RoleListParams): Promise<{ rows: RoleRow[]; total: number }> {
  const where: Prisma.StaffRoleWhereInput = params.q ? { name: containsText(params.q) } : {};
  const [rows, total] = await Promise.all([
    prisma.staffRole.findMany({
      where,
      orderBy: [{ [params.sort]: params.dir }, { id: "asc" }],
      skip: (params.page - 1) * params.size,
      take: params.size,
      select: { id: true, name: true, createdAt: true, _count: { select: { rules: true, groups: true } } },
    }),
    prisma.staffRole.count({ where }),
  ]);
  return {
    rows: rows.map(({ _count, ...r }) => ({ ...r, ruleCount: _count.rules, groupCount: _count.groups })),
    total,
  };
}

/** `groups`: the groups holding the role, null for a viewer who may not view groups (who still learns how many). */
export type RoleDetail = {
  id: string;
  name: string;
  rules: RuleInput[];
  groups: { id: string; name: string }[] | null;
  groupCount: number;
};

export async function getRole(id: string, sees: Sees): Promise<RoleDetail | null> {
  const role = await prisma.staffRole.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      rules: {
        select: { area: true, resource: true, action: true, effect: true },
        orderBy: [{ area: "asc" }, { resource: "asc" }, { action: "asc" }],
      },
      groups: { select: { group: { select: { id: true, name: true } } }, orderBy: { group: { name: "asc" } } },
    },
  });
  return (
    role && {
      ...role,
      groups: sees("users/group/view") ? role.groups.map((g) => g.group) : null,
      groupCount: role.groups.length,
    }
  );
}

/** The roles the group form offers, each marked when it grants something `granter` (the signed-in person) lacks. */
export async function listRoleOptions(granter: Rule[]): Promise<GrantOption[]> {
  const roles = await prisma.staffRole.findMany({
    select: { id: true, name: true, rules: { select: { area: true, resource: true, action: true, effect: true } } },
    orderBy: { name: "asc" },
  });
  return roles.map((r) => ({ id: r.id, name: r.name, notHeld: firstNotHeld(granter, r.rules) }));
}

/** The audited view of a role: its name and rules as "area/resource/action:effect". */
async function auditSnapshot(tx: Tx, id: string) {
  const role = await tx.staffRole.findUnique({
    where: { id },
    select: { name: true, rules: { select: { area: true, resource: true, action: true, effect: true } } },
  });
  return role && { name: role.name, rules: role.rules.map(ruleLabel).sort() };
}

/**
 * Names are unique regardless of case. The check runs under a transaction-scoped lock, so two
 * people saving "Support" and "support" at once cannot both pass it.
 */
async function assertNameFree(tx: Tx, name: string, exceptId?: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('concierge:staff-role-names'))`;
  const clash = await tx.staffRole.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new DomainError("roleNameTaken", "name");
}

const groupsUsing = async (tx: Tx, roleId: string) =>
  (await tx.staffGroupRole.findMany({ where: { roleId }, select: { groupId: true } })).map((g) => g.groupId);

/** The form's schema checks the same; services are also called from elsewhere and trust no caller. */
function assertRulesValid(rules: RuleInput[]) {
  const [problem] = ruleProblems(rules);
  if (problem) throw new DomainError(problem.code, `rules.${problem.index}.${problem.field}`);
}

/** Refused at the rule that grants what the grantor lacks, or at the rules when no single one does. */
function assertRulesGrantable(grantor: Grantor, rules: RuleInput[]) {
  assertMayGrant(grantor, rules, (permission) => {
    const row = grantingRow(rules, permission);
    return row === null ? "rules" : `rules.${row}.action`;
  });
}

function rethrowDuplicateName(e: unknown): never {
  if (isUniqueViolation(e)) throw new DomainError("roleNameTaken", "name");
  throw e;
}

export async function createRole(actor: Actor, values: RoleFormValues): Promise<{ id: string }> {
  assertRulesValid(values.rules);
  try {
    return await transaction(async (tx) => {
      assertRulesGrantable(await grantorOf(tx, actor), values.rules);
      await assertNameFree(tx, values.name);
      const created = await tx.staffRole.create({
        data: { name: values.name, rules: { create: values.rules } },
        select: { id: true },
      });
      await recordAudit(tx, actor, {
        entity: "staff-role",
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
 * Rename and replace the rules; refused for a role that grants more than the actor holds, for rules
 * that would (also through a removed deny), and if it locks the actor or everyone out of managing access.
 */
export async function updateRole(actor: Actor, id: string, values: RoleFormValues): Promise<void> {
  assertRulesValid(values.rules);
  try {
    await transaction(async (tx) => {
      const before = await auditSnapshot(tx, id);
      if (!before) throw new DomainError("notFound");
      const grantor = await grantorOf(tx, actor);
      assertNotAbove(grantor, await rulesOfRoles(tx, [id]), "role");
      assertRulesGrantable(grantor, values.rules);
      await assertNameFree(tx, values.name, id);
      const members = await membersBefore(tx, grantor, await groupsUsing(tx, id));
      await tx.staffRule.deleteMany({ where: { roleId: id } });
      await tx.staffRole.update({ where: { id }, data: { name: values.name, rules: { create: values.rules } } });
      await assertMembersGainNothingUnheld(tx, grantor, members, "rules");
      await assertAccessSafe(tx, actor, grantor.rules, "role");
      await recordAudit(tx, actor, {
        entity: "staff-role",
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
 * Delete a role and its assignments to groups. A role in use is deleted only when the person has
 * seen (and acknowledged) at least as many groups as use it now; the row lock keeps a group from
 * taking the role on between the count and the delete. Refused for a role that grants more than the
 * actor holds, and when dropping it would give its users something the actor lacks (a deny it carried).
 */
export async function deleteRole(actor: Actor, id: string, acknowledgedGroups: number): Promise<void> {
  await transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "StaffRole" WHERE id = ${id} FOR UPDATE`;
    if (locked.length === 0) throw new DomainError("notFound");
    const grantor = await grantorOf(tx, actor);
    assertNotAbove(grantor, await rulesOfRoles(tx, [id]), "role");
    const groups = await tx.staffGroupRole.findMany({
      where: { roleId: id },
      select: { group: { select: { id: true, name: true } } },
    });
    if (groups.length > acknowledgedGroups) throw new DomainError("roleInUse", undefined, { count: groups.length });
    const before = await auditSnapshot(tx, id);
    const members = await membersBefore(
      tx,
      grantor,
      groups.map((g) => g.group.id),
    );
    await tx.staffRole.delete({ where: { id } });
    await assertMembersGainNothingUnheld(tx, grantor, members);
    await assertAccessSafe(tx, actor, grantor.rules, "role");
    await recordAudit(tx, actor, {
      entity: "staff-role",
      entityId: id,
      action: "delete",
      before: { ...before, groups: groups.map((g) => g.group.name).sort() },
    });
  });
}
