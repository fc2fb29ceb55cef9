import "server-only";

import type { Actor } from "@/lib/actor";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";

import { staffRules, staffRulesOf } from "./effective-rules";
import { isAllowed, type Rule } from "./evaluate";
import type { Permission } from "./resources";

/** The permission whose last active holder must not be locked out. */
export const MANAGE_USERS = "users/user/edit" as const satisfies Permission;

/**
 * Fails the transaction when no active user could still manage users afterwards. Runs under a
 * transaction-scoped advisory lock so two admins cannot lock each other out concurrently: each
 * statement after the lock sees what the other transaction committed. Call it after the change.
 */
export async function assertManagersRemain(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('concierge:staff-managers'))`;
  const [area, resource, action] = MANAGE_USERS.split("/") as [string, string, string];
  const mayAllow = {
    effect: "ALLOW" as const,
    area: { in: [area, "*"] },
    resource: { in: [resource, "*"] },
    action: { in: [action, "*"] },
  };
  let cursor: string | undefined;
  for (;;) {
    const batch = await tx.staffUser.findMany({
      where: {
        status: "ACTIVE",
        groups: { some: { group: { roles: { some: { role: { rules: { some: mayAllow } } } } } } },
      },
      select: { id: true },
      orderBy: { id: "asc" },
      take: 100,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    const rules = await staffRulesOf(
      tx,
      batch.map((u) => u.id),
    );
    if ([...rules.values()].some((r) => isAllowed(r, MANAGE_USERS))) return;
    if (batch.length < 100) throw new DomainError("lastManager");
    cursor = batch[batch.length - 1]!.id;
  }
}

/** What a person may not take away from themselves through a role or group change, and why not. */
const OWN_ACCESS = {
  role: ["users/role/edit", "ownRoleAccess"],
  group: ["users/group/edit", "ownGroupAccess"],
} as const satisfies Record<string, readonly [Permission, string]>;
export type AccessEntity = keyof typeof OWN_ACCESS;

/**
 * Refuses a change that took from the acting user a management permission they held before it
 * (`before` is read in the same transaction, ahead of the change). Otherwise nobody could undo the
 * mistake but another administrator. When both are lost, the one of the edited entity is named.
 */
export async function assertOwnAccessKept(tx: Tx, actor: Actor, before: Rule[], edited: AccessEntity): Promise<void> {
  if (!actor.staffId) return;
  const after = await staffRules(tx, actor.staffId);
  const order = edited === "role" ? [OWN_ACCESS.role, OWN_ACCESS.group] : [OWN_ACCESS.group, OWN_ACCESS.role];
  for (const [permission, code] of order) {
    if (isAllowed(before, permission) && !isAllowed(after, permission)) throw new DomainError(code);
  }
}

/**
 * The checks every change to roles, rules, groups or their assignments ends with, in this order:
 * the acting user keeps their own access, and somebody can still manage users. `actorRulesBefore`
 * are the acting user's rules read at the start of the transaction (`grantorOf(...).rules`).
 */
export async function assertAccessSafe(
  tx: Tx,
  actor: Actor,
  actorRulesBefore: Rule[],
  edited: AccessEntity,
): Promise<void> {
  await assertOwnAccessKept(tx, actor, actorRulesBefore, edited);
  await assertManagersRemain(tx);
}
