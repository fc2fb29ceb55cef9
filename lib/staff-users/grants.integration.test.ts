import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { refusal } from "@/tests/refusal";
import {
  actorOf,
  allow,
  deny,
  makeAdmin,
  makeGroup,
  makeRole,
  makeStaff,
  tag,
  type SeedRule,
} from "@/tests/staff-fixtures";

import type { UserFormValues } from "./schema";
import { createUser, setUserStatus, updateUser } from "./service";

/** A staff user whose one group's one role has exactly these rules. */
async function staffWith(rules: SeedRule[]) {
  const t = tag();
  const group = await makeGroup(`Grants ${t}`, [(await makeRole(`Grants ${t}`, rules)).id]);
  const user = await makeStaff([group.id]);
  return { user, group, actor: actorOf(user) };
}

/** The form as saved for an existing user: same e-mail and names, no new password, the given groups. */
const formOf = (
  user: { email: string; firstName: string; lastName: string },
  groupIds: string[],
  over: Partial<UserFormValues> = {},
): UserFormValues => ({
  email: user.email,
  password: "",
  repeatPassword: "",
  firstName: user.firstName,
  lastName: user.lastName,
  groupIds,
  isAgent: false,
  locale: "en",
  status: "ACTIVE",
  ...over,
});

const newUser = (groupIds: string[]): UserFormValues => {
  const t = tag();
  return {
    ...formOf({ email: `grant-${t}@example.com`, firstName: "New", lastName: t }, groupIds),
    password: `Grant-pass-${t}`,
    repeatPassword: `Grant-pass-${t}`,
  };
};

const groupsOf = async (userId: string) =>
  (await prisma.staffUserGroup.findMany({ where: { userId } })).map((g) => g.groupId).sort();
const stored = (id: string) =>
  prisma.staffUser.findUniqueOrThrow({
    where: { id },
    select: { firstName: true, status: true, sessionVersion: true, passwordHash: true },
  });

describe("nobody grants through a user's groups what they do not hold", () => {
  it("refuses a user editor who adds their own account to the administrators, and keeps their other fields editable", async () => {
    const admins = await makeAdmin();
    const me = await staffWith([allow("users", "user", "edit")]);

    expect(await refusal(updateUser(me.actor, me.user.id, formOf(me.user, [me.group.id, admins.group.id])))).toEqual({
      field: "groupIds",
      message: "You cannot change your own groups: ask another administrator.",
    });
    expect(await groupsOf(me.user.id)).toEqual([me.group.id]);

    // nor through a colleague, who would then hold more than the editor
    const colleague = await makeStaff();
    expect(await refusal(updateUser(me.actor, colleague.id, formOf(colleague, [admins.group.id])))).toEqual({
      field: "groupIds",
      message: "You cannot grant users/user/view: you do not hold it yourself.",
    });
    expect(await groupsOf(colleague.id)).toEqual([]);

    // own groups unchanged: the rest of one's own account is one's own to edit
    await updateUser(me.actor, me.user.id, formOf(me.user, [me.group.id], { firstName: "Renamed" }));
    expect((await stored(me.user.id)).firstName).toBe("Renamed");
    expect(await groupsOf(me.user.id)).toEqual([me.group.id]);
  });

  it("refuses an almost-administrator who would lift their own deny by joining a group without it", async () => {
    const admins = await makeAdmin();
    const me = await staffWith([allow("*", "*", "*"), deny("users", "user", "delete")]);
    const denied = { field: "groupIds", message: "You cannot grant users/user/delete: you do not hold it yourself." };

    for (const groupIds of [[me.group.id, admins.group.id], [admins.group.id], []]) {
      expect(await refusal(updateUser(me.actor, me.user.id, formOf(me.user, groupIds)))).toEqual({
        field: "groupIds",
        message: "You cannot change your own groups: ask another administrator.",
      });
    }
    expect(await groupsOf(me.user.id)).toEqual([me.group.id]);

    // a fresh account or a colleague in the administrators' group would do the same
    const fresh = newUser([admins.group.id]);
    expect(await refusal(createUser(me.actor, fresh))).toEqual(denied);
    expect(await prisma.staffUser.count({ where: { email: fresh.email } })).toBe(0);
    const colleague = await makeStaff([me.group.id]);
    expect(await refusal(updateUser(me.actor, colleague.id, formOf(colleague, [admins.group.id])))).toEqual(denied);
    expect(await groupsOf(colleague.id)).toEqual([me.group.id]);
  });

  it("refuses a user creator who creates an administrator account to sign in with", async () => {
    const admins = await makeAdmin();
    const me = await staffWith([allow("users", "user", "create")]);
    const attempt = newUser([admins.group.id]);

    expect(await refusal(createUser(me.actor, attempt))).toEqual({
      field: "groupIds",
      message: "You cannot grant users/user/view: you do not hold it yourself.",
    });
    expect(await prisma.staffUser.count({ where: { email: attempt.email } })).toBe(0);

    // what the creator holds is theirs to give
    const { id } = await createUser(me.actor, newUser([me.group.id]));
    expect(await groupsOf(id)).toEqual([me.group.id]);
  });

  it("refuses to edit, deactivate or delete a user who holds more, and changes nothing", async () => {
    const admin = await makeAdmin();
    const me = await staffWith([allow("users", "user", "*")]);
    const above = {
      field: undefined,
      message: "This user holds more than you do (users/group/view): only someone holding all of it may change them.",
    };
    const before = await stored(admin.user.id);

    const takeover = formOf(admin.user, [admin.group.id], {
      firstName: "Hijacked",
      password: "Hijacked-pass-2026",
      repeatPassword: "Hijacked-pass-2026",
    });
    expect(await refusal(updateUser(me.actor, admin.user.id, takeover))).toEqual(above);
    expect(await refusal(setUserStatus(me.actor, admin.user.id, "DEACTIVATED"))).toEqual(above);
    expect(await refusal(setUserStatus(me.actor, admin.user.id, "DELETED"))).toEqual(above);
    expect(await stored(admin.user.id)).toEqual(before);
    expect(await groupsOf(admin.user.id)).toEqual([admin.group.id]);

    // a user who holds no more than the editor is theirs to manage
    const peer = await makeStaff([me.group.id]);
    await setUserStatus(me.actor, peer.id, "DEACTIVATED");
    expect((await stored(peer.id)).status).toBe("DEACTIVATED");
  });

  it("keeps even an administrator's own groups as they are", async () => {
    const me = await makeAdmin();
    const extra = await makeGroup(`Extra ${tag()}`);
    expect(await refusal(updateUser(me.actor, me.user.id, formOf(me.user, [me.group.id, extra.id])))).toMatchObject({
      field: "groupIds",
    });
    expect(await groupsOf(me.user.id)).toEqual([me.group.id]);
    // and their other users stay theirs to place in any group
    const other = await makeStaff();
    await updateUser(me.actor, other.id, formOf(other, [me.group.id]));
    expect(await groupsOf(other.id)).toEqual([me.group.id]);
  });
});
