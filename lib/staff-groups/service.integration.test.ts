import { describe, expect, it } from "vitest";

import { SYSTEM_ACTOR } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { staffSessionOf } from "@/tests/session-fixtures";
import {
  allow,
  auditRows,
  deny,
  makeAdmin,
  makeGroup,
  makeRole,
  makeStaff,
  onlyManagers,
  tag,
} from "@/tests/staff-fixtures";

import { createGroup, deleteGroup, listGroups, updateGroup } from "./service";

const roleIdsOf = async (groupId: string) =>
  (await prisma.staffGroupRole.findMany({ where: { groupId } })).map((r) => r.roleId).sort();

describe("groups service on PostgreSQL", () => {
  it("creates a group with roles and an audit row; the same name in another case or an unknown role is refused", async () => {
    const { actor } = await makeAdmin();
    const editors = await makeRole(`Editors ${tag()}`, [allow("content", "*", "*")]);
    const name = `Content team ${tag()}`;
    const { id } = await createGroup(actor, { name, roleIds: [editors.id] });
    expect(await roleIdsOf(id)).toEqual([editors.id]);
    const [audit] = await auditRows("staff-group", id);
    expect(audit).toMatchObject({ action: "create", actorStaffId: actor.staffId });
    expect(audit!.changes).toEqual({
      name: { before: null, after: name },
      roles: { before: null, after: [editors.name] },
    });

    await expect(createGroup(actor, { name: name.toUpperCase(), roleIds: [] })).rejects.toMatchObject({
      code: "groupNameTaken",
      field: "name",
    });
    const other = `Other ${tag()}`;
    await expect(createGroup(actor, { name: other, roleIds: ["no-such-role"] })).rejects.toMatchObject({
      code: "roleUnknown",
      field: "roleIds",
    });
    expect(await prisma.staffGroup.count({ where: { name: { in: [name.toUpperCase(), other] } } })).toBe(0);
  });

  it("reassigns roles for the group's users on their next request, and audits the role names", async () => {
    const { actor } = await makeAdmin();
    const viewer = await makeRole(`Viewer ${tag()}`, [allow("*", "*", "view")]);
    const writer = await makeRole(`Writer ${tag()}`, [allow("content", "cms-page", "*")]);
    const group = await makeGroup(`Team ${tag()}`, [viewer.id]);
    const user = await makeStaff([group.id]);
    expect((await staffSessionOf(user.id))!.can("content/cms-page/edit")).toBe(false);

    const renamed = `${group.name} renamed`;
    await updateGroup(actor, group.id, { name: renamed, roleIds: [viewer.id, writer.id] });
    expect((await staffSessionOf(user.id))!.can("content/cms-page/edit")).toBe(true);
    const update = (await auditRows("staff-group", group.id)).find((a) => a.action === "update");
    expect(update!.changes).toEqual({
      name: { before: group.name, after: renamed },
      roles: { before: [viewer.name], after: [viewer.name, writer.name].sort() },
    });
  });

  it("deletes a group with users only when they were acknowledged, and then ends their membership", async () => {
    const { actor } = await makeAdmin();
    const group = await makeGroup(`Leaving ${tag()}`, [
      (await makeRole(`Leaving ${tag()}`, [allow("sales", "*", "view")])).id,
    ]);
    const a = await makeStaff([group.id]);
    const b = await makeStaff([group.id]);

    await expect(deleteGroup(actor, group.id, 0)).rejects.toMatchObject({ code: "groupInUse", values: { count: 2 } });
    await expect(deleteGroup(actor, group.id, 1)).rejects.toMatchObject({ code: "groupInUse", values: { count: 2 } });
    expect(await prisma.staffUserGroup.count({ where: { groupId: group.id } })).toBe(2);

    await deleteGroup(actor, group.id, 2);
    expect(await prisma.staffGroup.count({ where: { id: group.id } })).toBe(0);
    expect(await prisma.staffUserGroup.count({ where: { userId: { in: [a.id, b.id] } } })).toBe(0);
    expect(await prisma.staffUser.count({ where: { id: { in: [a.id, b.id] }, status: "ACTIVE" } })).toBe(2);
    const audit = (await auditRows("staff-group", group.id)).find((x) => x.action === "delete");
    expect(audit!.changes).toMatchObject({
      name: { before: group.name, after: null },
      users: { before: [a.email, b.email].sort(), after: null },
    });
  });

  it("refuses a change that leaves no active user able to manage users, and changes nothing", async () => {
    const admin = await makeRole(`Sole admin ${tag()}`, [allow("*", "*", "*")]);
    const denyUsers = await makeRole(`No users ${tag()}`, [deny("users", "user", "*")]);
    const group = await makeGroup(`Sole admins ${tag()}`, [admin.id]);
    const manager = await makeStaff([group.id]);
    await onlyManagers(manager.id);

    await expect(updateGroup(SYSTEM_ACTOR, group.id, { name: group.name, roleIds: [] })).rejects.toMatchObject({
      code: "lastManager",
    });
    await expect(
      updateGroup(SYSTEM_ACTOR, group.id, { name: group.name, roleIds: [admin.id, denyUsers.id] }),
    ).rejects.toMatchObject({ code: "lastManager" });
    await expect(deleteGroup(SYSTEM_ACTOR, group.id, 1)).rejects.toMatchObject({ code: "lastManager" });
    expect(await roleIdsOf(group.id)).toEqual([admin.id]);
    expect(await prisma.staffUserGroup.count({ where: { groupId: group.id, userId: manager.id } })).toBe(1);
    expect(await auditRows("staff-group", group.id)).toHaveLength(0);
  });

  it("refuses to let the acting user take away their own right to manage groups or roles", async () => {
    await makeAdmin(); // somebody else can still manage users: that is not the reason
    const me = await makeAdmin();
    const roleManager = await makeRole(`Role managers ${tag()}`, [allow("users", "role", "*")]);
    await prisma.staffUserGroup.create({
      data: { userId: me.user.id, groupId: (await makeGroup(`Role managers ${tag()}`, [roleManager.id])).id },
    });

    // roles stay manageable through the other group; groups would not be
    await expect(updateGroup(me.actor, me.group.id, { name: me.group.name, roleIds: [] })).rejects.toMatchObject({
      code: "ownGroupAccess",
    });
    await expect(deleteGroup(me.actor, me.group.id, 1)).rejects.toMatchObject({ code: "ownGroupAccess" });
    expect(await roleIdsOf(me.group.id)).toEqual([me.role.id]);
    expect(await prisma.staffUserGroup.count({ where: { groupId: me.group.id } })).toBe(1);

    await prisma.staffGroupRole.deleteMany({ where: { roleId: roleManager.id } });
    const noRoles = await makeRole(`No roles ${tag()}`, [deny("users", "role", "edit")]);
    await expect(
      updateGroup(me.actor, me.group.id, { name: me.group.name, roleIds: [me.role.id, noRoles.id] }),
    ).rejects.toMatchObject({ code: "ownRoleAccess" });
    expect(await roleIdsOf(me.group.id)).toEqual([me.role.id]);
  });

  it("lists groups with their roles and number of users, searched, sorted and paged in SQL", async () => {
    const t = tag();
    const role = await makeRole(`Grid role ${t}`, []);
    const small = await makeGroup(`Small grid-${t}`, [role.id]);
    const big = await makeGroup(`Big grid-${t}`);
    await makeStaff([big.id]);
    await makeStaff([big.id]);
    await makeStaff([small.id]);
    const base = {
      q: `GRID-${t}`,
      sort: "users" as const,
      dir: "desc" as const,
      page: 1,
      size: 10 as const,
      filters: {},
    };
    const byUsers = await listGroups(base, () => true);
    expect(byUsers.total).toBe(2);
    expect(byUsers.rows.map((g) => [g.name, g.userCount, g.roles])).toEqual([
      [big.name, 2, []],
      [small.name, 1, [role.name]],
    ]);
    const byName = await listGroups({ ...base, sort: "name", dir: "asc" }, () => true);
    expect(byName.rows.map((g) => g.name)).toEqual([big.name, small.name]);
    expect((await listGroups({ ...base, page: 2 }, () => true)).rows).toEqual([]);
  });
});
