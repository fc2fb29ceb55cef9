import { beforeAll, describe, expect, it } from "vitest";

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
  rulesOfRole,
  tag,
  type SeedRule,
} from "@/tests/staff-fixtures";

import { createRole, deleteRole, updateRole } from "./service";

async function staffWith(...roles: SeedRule[][]) {
  const t = tag();
  const made = await Promise.all(roles.map((rules, i) => makeRole(`Grants ${t} ${i}`, rules)));
  const group = await makeGroup(
    `Grants ${t}`,
    made.map((r) => r.id),
  );
  const user = await makeStaff([group.id]);
  return { user, group, roles: made, actor: actorOf(user) };
}

describe("nobody grants through a role's rules what they do not hold", () => {
  // on an empty database somebody must still manage users, or every change is refused for that reason
  beforeAll(async () => {
    await makeAdmin();
  });

  it("refuses a role editor who adds */*/* to a role, at the rule that grants it", async () => {
    const me = await staffWith([allow("users", "role", "*")]);
    const target = await makeRole(`Target ${tag()}`, [allow("users", "role", "view")]);
    const denied = (row: number) => ({
      field: `rules.${row}.action`,
      message: "You cannot grant users/user/view: you do not hold it yourself.",
    });

    expect(
      await refusal(
        updateRole(me.actor, target.id, {
          name: target.name,
          rules: [allow("users", "role", "view"), allow("*", "*", "*")],
        }),
      ),
    ).toEqual(denied(1));
    expect(await rulesOfRole(target.id)).toEqual(["users/role/view:allow"]);
    expect(await auditRows("staff-role", target.id)).toHaveLength(0);
    const name = `Escalation ${tag()}`;
    expect(await refusal(createRole(me.actor, { name, rules: [allow("*", "*", "*")] }))).toEqual(denied(0));
    expect(await prisma.staffRole.count({ where: { name } })).toBe(0);

    // rules within what the editor holds are theirs to write
    await updateRole(me.actor, target.id, { name: target.name, rules: [allow("users", "role", "*")] });
    expect(await rulesOfRole(target.id)).toEqual(["users/role/*:allow"]);
  });

  it("refuses an almost-administrator who removes their own deny from their role", async () => {
    const me = await staffWith([allow("*", "*", "*"), deny("users", "user", "delete")]);
    const own = me.roles[0]!;
    expect(await refusal(updateRole(me.actor, own.id, { name: own.name, rules: [allow("*", "*", "*")] }))).toEqual({
      field: "rules.0.action",
      message: "You cannot grant users/user/delete: you do not hold it yourself.",
    });
    expect(await rulesOfRole(own.id)).toEqual(["*/*/*:allow", "users/user/delete:deny"]);
  });

  it("counts emptying or deleting a deny-only role as granting what it denied to its users", async () => {
    const me = await staffWith([allow("*", "*", "*")], [deny("users", "user", "delete")]);
    const denyRole = me.roles[1]!;
    const gain = "This change would give some users users/user/delete, which you do not hold yourself.";

    expect(await refusal(updateRole(me.actor, denyRole.id, { name: denyRole.name, rules: [] }))).toEqual({
      field: "rules",
      message: gain,
    });
    expect(await refusal(deleteRole(me.actor, denyRole.id, 1))).toEqual({ field: undefined, message: gain });
    expect(await rulesOfRole(denyRole.id)).toEqual(["users/user/delete:deny"]);
    expect(await prisma.staffGroupRole.count({ where: { roleId: denyRole.id } })).toBe(1);

    // a deny nobody is subject to grants nobody anything
    const unused = await makeRole(`Unused deny ${tag()}`, [deny("users", "user", "delete")]);
    await deleteRole(me.actor, unused.id, 0);
    expect(await prisma.staffRole.count({ where: { id: unused.id } })).toBe(0);
  });

  it("refuses to change or delete a role that grants more than the editor holds", async () => {
    const admin = await makeAdmin();
    const me = await staffWith([allow("users", "role", "*")]);
    const above = {
      field: undefined,
      message: "This role grants more than you hold (users/user/view): only someone holding all of it may change it.",
    };

    expect(
      await refusal(
        updateRole(me.actor, admin.role.id, {
          name: `${admin.role.name} renamed`,
          rules: [allow("users", "role", "view")],
        }),
      ),
    ).toEqual(above);
    expect(await refusal(deleteRole(me.actor, admin.role.id, 1))).toEqual(above);
    expect(await rulesOfRole(admin.role.id)).toEqual(["*/*/*:allow"]);
    expect(await prisma.staffRole.findUniqueOrThrow({ where: { id: admin.role.id }, select: { name: true } })).toEqual({
      name: admin.role.name,
    });
    expect(await prisma.staffGroupRole.count({ where: { roleId: admin.role.id } })).toBe(1);
  });
});
