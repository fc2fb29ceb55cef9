import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { refusal } from "@/tests/refusal";
import {
  actorOf,
  allow,
  auditRows,
  deny,
  makeAdmin,
  makeGroup,
  makeRole,
  makeStaff,
  tag,
  type SeedRule,
} from "@/tests/staff-fixtures";

import { createGroup, deleteGroup, updateGroup } from "./service";

async function staffWith(rules: SeedRule[]) {
  const t = tag();
  const role = await makeRole(`Grants ${t}`, rules);
  const group = await makeGroup(`Grants ${t}`, [role.id]);
  const user = await makeStaff([group.id]);
  return { user, group, role, actor: actorOf(user) };
}

const roleIdsOf = async (groupId: string) =>
  (await prisma.staffGroupRole.findMany({ where: { groupId } })).map((r) => r.roleId).sort();

describe("nobody grants through a group's roles what they do not hold", () => {
  it("refuses a group editor who adds a powerful role to a group, or creates a group with it", async () => {
    const me = await staffWith([allow("users", "group", "*")]);
    const admin = await makeRole(`Administrator ${tag()}`, [allow("*", "*", "*")]);
    const target = await makeGroup(`Target ${tag()}`);
    const denied = { field: "roleIds", message: "You cannot grant users/user/view: you do not hold it yourself." };

    expect(await refusal(updateGroup(me.actor, target.id, { name: target.name, roleIds: [admin.id] }))).toEqual(denied);
    expect(await roleIdsOf(target.id)).toEqual([]);
    const name = `Escalation ${tag()}`;
    expect(await refusal(createGroup(me.actor, { name, roleIds: [admin.id] }))).toEqual(denied);
    expect(await prisma.staffGroup.count({ where: { name } })).toBe(0);
    expect(await auditRows("staff-group", target.id)).toHaveLength(0);

    // a role within what the editor holds is theirs to assign
    const viewer = await makeRole(`Group viewer ${tag()}`, [allow("users", "group", "view")]);
    await updateGroup(me.actor, target.id, { name: target.name, roleIds: [viewer.id] });
    expect(await roleIdsOf(target.id)).toEqual([viewer.id]);
  });

  it("refuses to change or delete the administrators' group for someone who is not an administrator", async () => {
    const admins = await makeAdmin();
    const me = await staffWith([allow("*", "*", "*"), deny("system", "settings", "edit")]);
    const above = {
      field: undefined,
      message:
        "This group grants more than you hold (system/settings/edit): only someone holding all of it may change it.",
    };

    expect(await refusal(deleteGroup(me.actor, admins.group.id, 1))).toEqual(above);
    expect(
      await refusal(updateGroup(me.actor, admins.group.id, { name: `${admins.group.name} renamed`, roleIds: [] })),
    ).toEqual(above);
    const stored = await prisma.staffGroup.findUniqueOrThrow({
      where: { id: admins.group.id },
      select: { name: true },
    });
    expect(stored.name).toBe(admins.group.name);
    expect(await roleIdsOf(admins.group.id)).toEqual([admins.role.id]);
    expect(await prisma.staffUserGroup.count({ where: { groupId: admins.group.id, userId: admins.user.id } })).toBe(1);
  });

  it("counts dropping a group's deny as granting what it denied to the group's users", async () => {
    const me = await staffWith([allow("*", "*", "*"), deny("system", "settings", "edit")]);
    // a colleague whose other group allows everything, held back by a group that denies the system area
    const power = await makeGroup(`Power ${tag()}`, [(await makeRole(`Power ${tag()}`, [allow("*", "*", "*")])).id]);
    const noSystem = await makeRole(`No system ${tag()}`, [deny("system", "*", "*")]);
    const restricted = await makeGroup(`Restricted ${tag()}`, [noSystem.id]);
    const colleague = await makeStaff([power.id, restricted.id]);
    const gain = "This change would give some users system/settings/edit, which you do not hold yourself.";

    expect(await refusal(updateGroup(me.actor, restricted.id, { name: restricted.name, roleIds: [] }))).toEqual({
      field: "roleIds",
      message: gain,
    });
    expect(await refusal(deleteGroup(me.actor, restricted.id, 1))).toEqual({ field: undefined, message: gain });
    expect(await roleIdsOf(restricted.id)).toEqual([noSystem.id]);
    expect(await prisma.staffUserGroup.count({ where: { groupId: restricted.id, userId: colleague.id } })).toBe(1);

    // an administrator holds what it would give
    await deleteGroup((await makeAdmin()).actor, restricted.id, 1);
    expect(await prisma.staffGroup.count({ where: { id: restricted.id } })).toBe(0);
  });
});
