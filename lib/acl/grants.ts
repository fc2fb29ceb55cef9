import "server-only";

import type { Actor } from "@/lib/actor";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";

import { staffRules } from "./effective-rules";
import type { Rule } from "./evaluate";
import { firstGainedNotHeld, firstNotHeld, holdsEverything } from "./holdings";
import type { Permission } from "./resources";

/**
 * Nobody grants, through a user's groups, a group's roles or a role's rules, what they do not hold
 * themselves, nor changes a user, group or role that holds more than they do. `rules` are what the
 * granter held when the transaction began: a change to their own group or role cannot vouch for
 * itself. The system (seed, maintenance) and whoever holds every permission are not limited.
 */
export type Grantor = { rules: Rule[]; unlimited: boolean };

export async function grantorOf(tx: Tx, actor: Actor): Promise<Grantor> {
  if (!actor.staffId) return { rules: [], unlimited: true };
  const rules = await staffRules(tx, actor.staffId);
  return { rules, unlimited: holdsEverything(rules) };
}

const RULE = { area: true, resource: true, action: true, effect: true } as const;

export async function rulesOfRoles(tx: Tx, roleIds: string[]): Promise<Rule[]> {
  return roleIds.length ? tx.staffRule.findMany({ where: { roleId: { in: roleIds } }, select: RULE }) : [];
}

async function rulesByGroup(tx: Tx, groupIds: string[]): Promise<Map<string, Rule[]>> {
  const rows = groupIds.length
    ? await tx.staffGroupRole.findMany({
        where: { groupId: { in: groupIds } },
        select: { groupId: true, role: { select: { rules: { select: RULE } } } },
      })
    : [];
  const byGroup = new Map<string, Rule[]>();
  for (const row of rows) byGroup.set(row.groupId, [...(byGroup.get(row.groupId) ?? []), ...row.role.rules]);
  return byGroup;
}

export async function rulesOfGroups(tx: Tx, groupIds: string[]): Promise<Rule[]> {
  return [...(await rulesByGroup(tx, groupIds)).values()].flat();
}

/** Refused at `field` (or the field `field` names for the permission) when `rules` grant anything the grantor lacks. */
export function assertMayGrant(
  grantor: Grantor,
  rules: Rule[],
  field: string | ((permission: Permission) => string),
): void {
  if (grantor.unlimited) return;
  const permission = firstNotHeld(grantor.rules, rules);
  if (permission)
    throw new DomainError("grantNotHeld", typeof field === "string" ? field : field(permission), { permission });
}

const ABOVE = { user: "userAbove", group: "groupAbove", role: "roleAbove" } as const;

/** Refused when the user, group or role being changed holds (or grants) anything the grantor lacks. */
export function assertNotAbove(grantor: Grantor, targetRules: Rule[], target: keyof typeof ABOVE): void {
  if (grantor.unlimited) return;
  const permission = firstNotHeld(grantor.rules, targetRules);
  if (permission) throw new DomainError(ABOVE[target], undefined, { permission });
}

/**
 * The users of some groups before a change, one entry per distinct set of groups (members who share
 * their groups share their rules, so a group of thousands is a handful of entries).
 */
export type Members = { groupSets: string[][]; before: Rule[][] } | null;

async function rulesOfSets(tx: Tx, groupSets: string[][]): Promise<Rule[][]> {
  const byGroup = await rulesByGroup(tx, [...new Set(groupSets.flat())]);
  return groupSets.map((set) => set.flatMap((g) => byGroup.get(g) ?? []));
}

export async function membersBefore(tx: Tx, grantor: Grantor, groupIds: string[]): Promise<Members> {
  if (grantor.unlimited || groupIds.length === 0) return null;
  const rows = await tx.$queryRaw<{ groupIds: string[] }[]>`
    SELECT DISTINCT array_agg(m."groupId" ORDER BY m."groupId") AS "groupIds"
    FROM "StaffUserGroup" m
    WHERE m."userId" IN (SELECT "userId" FROM "StaffUserGroup" WHERE "groupId" = ANY(${groupIds}::text[]))
    GROUP BY m."userId"`;
  const groupSets = rows.map((r) => r.groupIds);
  return { groupSets, before: await rulesOfSets(tx, groupSets) };
}

/**
 * Call after the change. A deny counts across all of a user's groups, so dropping a deny-only role
 * (or the group holding it) gives its users what it denied, though nothing dropped exceeds the
 * grantor: refused when any of them gained a permission the grantor lacks.
 */
export async function assertMembersGainNothingUnheld(
  tx: Tx,
  grantor: Grantor,
  members: Members,
  field?: string,
): Promise<void> {
  if (!members || grantor.unlimited) return;
  const after = await rulesOfSets(tx, members.groupSets);
  for (const [i, rules] of after.entries()) {
    const permission = firstGainedNotHeld(grantor.rules, members.before[i]!, rules);
    if (permission) throw new DomainError("membersGain", field, { permission });
  }
}
