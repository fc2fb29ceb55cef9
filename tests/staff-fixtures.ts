import { randomUUID } from "node:crypto";

import type { Actor, AuditEntry } from "@/lib/audit/record";
import { prisma } from "@/lib/db";

/** Rows for the integration tests, written straight to the database: each test owns its data by a tag. */
export const tag = () => randomUUID().slice(0, 8);

export type SeedRule = { area: string; resource: string; action: string; effect: "ALLOW" | "DENY" };
export const allow = (area: string, resource: string, action: string): SeedRule => ({
  area,
  resource,
  action,
  effect: "ALLOW",
});
export const deny = (area: string, resource: string, action: string): SeedRule => ({
  area,
  resource,
  action,
  effect: "DENY",
});

export async function makeRole(name: string, rules: SeedRule[]) {
  return prisma.staffRole.create({ data: { name, rules: { create: rules } } });
}

export async function makeGroup(name: string, roleIds: string[] = []) {
  return prisma.staffGroup.create({ data: { name, roles: { create: roleIds.map((roleId) => ({ roleId })) } } });
}

export async function makeStaff(groupIds: string[] = []) {
  const id = tag();
  return prisma.staffUser.create({
    data: {
      email: `acl-${id}@example.com`,
      passwordHash: "not-a-real-hash",
      firstName: "Acl",
      lastName: id,
      groups: { create: groupIds.map((groupId) => ({ groupId })) },
    },
  });
}

export const actorOf = (user: { id: string; email: string }): Actor => ({
  staffId: user.id,
  label: user.email,
  ip: null,
});

/** A staff user with every permission, in a group and role of their own: a valid acting administrator. */
export async function makeAdmin() {
  const t = tag();
  const role = await makeRole(`Admin role ${t}`, [allow("*", "*", "*")]);
  const group = await makeGroup(`Admin group ${t}`, [role.id]);
  const user = await makeStaff([group.id]);
  return { user, group, role, actor: actorOf(user) };
}

/** Managers of every other test are deactivated here, so "last manager" is this test's to decide. */
export async function onlyManagers(...ids: string[]) {
  await prisma.staffUser.updateMany({
    where: { id: { notIn: ids }, status: "ACTIVE" },
    data: { status: "DEACTIVATED" },
  });
}

export const rulesOfRole = async (roleId: string) =>
  (
    await prisma.staffRule.findMany({
      where: { roleId },
      orderBy: [{ area: "asc" }, { resource: "asc" }, { action: "asc" }],
    })
  ).map((r) => `${r.area}/${r.resource}/${r.action}:${r.effect.toLowerCase()}`);

export const auditRows = (entity: AuditEntry["entity"], entityId: string) =>
  prisma.auditLog.findMany({ where: { entity, entityId }, orderBy: [{ at: "asc" }, { id: "asc" }] });
