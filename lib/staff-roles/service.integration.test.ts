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
  rulesOfRole,
  tag,
} from "@/tests/staff-fixtures";

import { createRole, deleteRole, listRoles, updateRole } from "./service";

describe("roles service on PostgreSQL", () => {
  it("creates a role with its rules and an audit row; the same name in another case is refused at the field", async () => {
    const { actor } = await makeAdmin();
    const name = `Support ${tag()}`;
    const { id } = await createRole(actor, { name, rules: [allow("*", "*", "*"), deny("users", "user", "create")] });
    expect(await rulesOfRole(id)).toEqual(["*/*/*:allow", "users/user/create:deny"]);
    const [audit] = await auditRows("staff-role", id);
    expect(audit).toMatchObject({ action: "create", actorStaffId: actor.staffId, actorLabel: actor.label });
    expect(audit!.changes).toEqual({
      name: { before: null, after: name },
      rules: { before: null, after: ["*/*/*:allow", "users/user/create:deny"] },
    });

    await expect(createRole(actor, { name: name.toUpperCase(), rules: [] })).rejects.toMatchObject({
      code: "roleNameTaken",
      field: "name",
    });
    const other = await makeRole(`Other ${tag()}`, []);
    await expect(updateRole(actor, other.id, { name: name.toLowerCase(), rules: [] })).rejects.toMatchObject({
      code: "roleNameTaken",
      field: "name",
    });
    expect(await prisma.staffRole.count({ where: { name: { equals: name, mode: "insensitive" } } })).toBe(1);
  });

  it("refuses rules the ACL does not know, and duplicates, at the rule's field, and writes nothing", async () => {
    const { actor } = await makeAdmin();
    const name = `Invalid ${tag()}`;
    const attempt = (rules: ReturnType<typeof allow>[]) => createRole(actor, { name, rules });
    await expect(attempt([allow("billing", "*", "*")])).rejects.toMatchObject({
      code: "ruleAreaUnknown",
      field: "rules.0.area",
    });
    await expect(attempt([allow("*", "*", "*"), allow("users", "order", "view")])).rejects.toMatchObject({
      code: "ruleResourceUnknown",
      field: "rules.1.resource",
    });
    await expect(attempt([allow("sales", "order", "delete")])).rejects.toMatchObject({
      code: "ruleActionUnknown",
      field: "rules.0.action",
    });
    await expect(attempt([allow("users", "user", "view"), deny("users", "user", "view")])).rejects.toMatchObject({
      code: "ruleDuplicate",
      field: "rules.1.action",
    });
    expect(await prisma.staffRole.count({ where: { name } })).toBe(0);

    const role = await makeRole(`Valid ${tag()}`, [allow("*", "*", "view")]);
    await expect(
      updateRole(actor, role.id, { name: role.name, rules: [allow("users", "user", "approve")] }),
    ).rejects.toMatchObject({ code: "ruleActionUnknown" });
    expect(await rulesOfRole(role.id)).toEqual(["*/*/view:allow"]);
  });

  it("changes a role's rules for its users on their next request, and audits before and after", async () => {
    const { actor } = await makeAdmin();
    const role = await makeRole(`Editors ${tag()}`, [allow("*", "*", "*")]);
    const user = await makeStaff([(await makeGroup(`Editors ${tag()}`, [role.id])).id]);
    expect((await staffSessionOf(user.id))!.can("users/user/create")).toBe(true);

    await updateRole(actor, role.id, {
      name: role.name,
      rules: [allow("*", "*", "*"), deny("users", "user", "create")],
    });
    const session = (await staffSessionOf(user.id))!;
    expect(session.can("users/user/create")).toBe(false);
    expect(session.can("users/user/edit")).toBe(true);
    const update = (await auditRows("staff-role", role.id)).find((a) => a.action === "update");
    expect(update!.changes).toEqual({
      rules: { before: ["*/*/*:allow"], after: ["*/*/*:allow", "users/user/create:deny"] },
    });
  });

  it("deletes a role in use only when its groups were acknowledged, and then removes it from them", async () => {
    const { actor } = await makeAdmin();
    const role = await makeRole(`Shared ${tag()}`, [allow("content", "*", "*")]);
    const a = await makeGroup(`A ${tag()}`, [role.id]);
    const b = await makeGroup(`B ${tag()}`, [role.id]);

    await expect(deleteRole(actor, role.id, 0)).rejects.toMatchObject({ code: "roleInUse", values: { count: 2 } });
    await expect(deleteRole(actor, role.id, 1)).rejects.toMatchObject({ code: "roleInUse", values: { count: 2 } });
    expect(await prisma.staffGroupRole.count({ where: { roleId: role.id } })).toBe(2);

    await deleteRole(actor, role.id, 2);
    expect(await prisma.staffRole.count({ where: { id: role.id } })).toBe(0);
    expect(await prisma.staffRule.count({ where: { roleId: role.id } })).toBe(0);
    expect(await prisma.staffGroup.count({ where: { id: { in: [a.id, b.id] } } })).toBe(2);
    expect(await prisma.staffGroupRole.count({ where: { groupId: { in: [a.id, b.id] } } })).toBe(0);
    const audit = (await auditRows("staff-role", role.id)).find((x) => x.action === "delete");
    expect(audit!.changes).toEqual({
      name: { before: role.name, after: null },
      rules: { before: ["content/*/*:allow"], after: null },
      groups: { before: [a.name, b.name].sort(), after: null },
    });
    await expect(deleteRole(actor, role.id, 2)).rejects.toMatchObject({ code: "notFound" });
  });

  it("refuses a change that leaves no active user able to manage users, and changes nothing", async () => {
    const role = await makeRole(`Sole admin ${tag()}`, [allow("*", "*", "*")]);
    const group = await makeGroup(`Sole admins ${tag()}`, [role.id]);
    const manager = await makeStaff([group.id]);
    await onlyManagers(manager.id);
    const audits = (await auditRows("staff-role", role.id)).length;

    await expect(
      updateRole(SYSTEM_ACTOR, role.id, { name: role.name, rules: [allow("*", "*", "view")] }),
    ).rejects.toMatchObject({ code: "lastManager" });
    await expect(
      updateRole(SYSTEM_ACTOR, role.id, { name: role.name, rules: [allow("*", "*", "*"), deny("users", "*", "edit")] }),
    ).rejects.toMatchObject({ code: "lastManager" });
    await expect(deleteRole(SYSTEM_ACTOR, role.id, 1)).rejects.toMatchObject({ code: "lastManager" });
    expect(await rulesOfRole(role.id)).toEqual(["*/*/*:allow"]);
    expect(await prisma.staffGroupRole.count({ where: { roleId: role.id } })).toBe(1);
    expect(await auditRows("staff-role", role.id)).toHaveLength(audits);
  });

  it("refuses to let the acting user take away their own right to manage roles or groups", async () => {
    const keeper = await makeAdmin(); // somebody else can still manage users: that is not the reason
    const me = await makeAdmin();
    const own = { name: me.role.name };
    await expect(
      updateRole(me.actor, me.role.id, { ...own, rules: [allow("*", "*", "*"), deny("users", "role", "edit")] }),
    ).rejects.toMatchObject({ code: "ownRoleAccess" });
    await expect(
      updateRole(me.actor, me.role.id, { ...own, rules: [allow("*", "*", "*"), deny("users", "group", "*")] }),
    ).rejects.toMatchObject({ code: "ownGroupAccess" });
    await expect(deleteRole(me.actor, me.role.id, 1)).rejects.toMatchObject({ code: "ownRoleAccess" });
    expect(await rulesOfRole(me.role.id)).toEqual(["*/*/*:allow"]);
    expect(await prisma.staffGroupRole.count({ where: { roleId: me.role.id } })).toBe(1);

    // the same change to somebody else's role is theirs to make
    await updateRole(me.actor, keeper.role.id, {
      name: keeper.role.name,
      rules: [allow("*", "*", "*"), deny("users", "role", "edit")],
    });
    expect(await rulesOfRole(keeper.role.id)).toEqual(["*/*/*:allow", "users/role/edit:deny"]);
    // and a change that keeps the permissions through another rule is allowed
    await updateRole(me.actor, me.role.id, { ...own, rules: [allow("users", "*", "*"), allow("sales", "*", "view")] });
    expect((await staffSessionOf(me.user.id))!.can("users/role/edit")).toBe(true);
  });

  it("searches, sorts and pages in SQL", async () => {
    const t = tag();
    for (const n of ["Zulu", "Alpha", "Mike"]) await makeRole(`${n} grid-${t}`, []);
    const base = {
      q: `GRID-${t}`,
      sort: "name" as const,
      dir: "asc" as const,
      page: 1,
      size: 10 as const,
      filters: {},
    };
    const asc = await listRoles(base);
    expect(asc.total).toBe(3);
    expect(asc.rows.map((r) => r.name.split(" ")[0])).toEqual(["Alpha", "Mike", "Zulu"]);
    const desc = await listRoles({ ...base, dir: "desc" });
    expect(desc.rows.map((r) => r.name.split(" ")[0])).toEqual(["Zulu", "Mike", "Alpha"]);
    const page2 = await listRoles({ ...base, page: 2, size: 10 });
    expect(page2.rows).toEqual([]);
    expect(page2.total).toBe(3);
  });
});
