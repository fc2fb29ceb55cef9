import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";

import { SYSTEM_ACTOR } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { loadStaffSession } from "@/lib/identity/staff-session";
import { signInRow } from "@/tests/session-fixtures";

import type { UserFormValues } from "./schema";
import * as svc from "./service";

const t = () => randomUUID().slice(0, 8);
const { listUsers } = svc;
const createUser = (v: UserFormValues) => svc.createUser(SYSTEM_ACTOR, v);
const updateUser = (id: string, v: UserFormValues) => svc.updateUser(SYSTEM_ACTOR, id, v);
const setUserStatus = (id: string, s: "ACTIVE" | "DEACTIVATED" | "DELETED") => svc.setUserStatus(SYSTEM_ACTOR, id, s);

async function group(
  name: string,
  rules: { area: string; resource: string; action: string; effect: "ALLOW" | "DENY" }[],
) {
  return prisma.staffGroup.create({
    data: { name, roles: { create: [{ role: { create: { name: `${name} role`, rules: { create: rules } } } }] } },
  });
}

function values(over: Partial<UserFormValues> = {}): UserFormValues {
  const id = t();
  return {
    email: `svc-${id}@example.com`,
    password: `Service-pass-${id}`,
    repeatPassword: `Service-pass-${id}`,
    firstName: "Svc",
    lastName: id,
    groupIds: [],
    isAgent: false,
    locale: "en",
    status: "ACTIVE",
    ...over,
  };
}

/** Managers of every other test are deactivated here, so "last manager" is this test's to decide. */
async function onlyManagers(...ids: string[]) {
  await prisma.staffUser.updateMany({
    where: { id: { notIn: ids }, status: "ACTIVE" },
    data: { status: "DEACTIVATED" },
  });
}

describe("users service on PostgreSQL", () => {
  it("creates a user with an argon2id hash, lower-cased e-mail and groups; a duplicate in any case is refused", async () => {
    const g = await group(`readers-${t()}`, [{ area: "*", resource: "*", action: "view", effect: "ALLOW" }]);
    const v = values({ email: `Mixed-${t()}@Example.com`.toLowerCase(), groupIds: [g.id] });
    const { id } = await createUser(v);
    const row = await prisma.staffUser.findUniqueOrThrow({
      where: { id },
      select: { email: true, passwordHash: true, groups: true },
    });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.groups.map((x) => x.groupId)).toEqual([g.id]);
    await expect(createUser({ ...values(), email: v.email })).rejects.toMatchObject({
      code: "emailTaken",
      field: "email",
    });
  });

  it("never selects the password hash unless asked", async () => {
    const { id } = await createUser(values());
    const row = await prisma.staffUser.findUniqueOrThrow({ where: { id } });
    expect(row).not.toHaveProperty("passwordHash");
  });

  it("refuses unknown groups and writes nothing", async () => {
    const v = values({ groupIds: ["no-such-group"] });
    await expect(createUser(v)).rejects.toMatchObject({ code: "groupUnknown" });
    expect(await prisma.staffUser.count({ where: { email: v.email } })).toBe(0);
  });

  it("ends sessions on deactivation, deletion and password change, and an old token stays dead after reactivation", async () => {
    const admins = await group(`admins-${t()}`, [{ area: "*", resource: "*", action: "*", effect: "ALLOW" }]);
    const keeper = await createUser(values({ groupIds: [admins.id] }));
    const { id } = await createUser(values({ groupIds: [admins.id] }));
    const first = await signInRow({ staffUserId: id });
    expect(await loadStaffSession(id, 1, first)).not.toBeNull();
    await setUserStatus(id, "DEACTIVATED");
    expect(await loadStaffSession(id, 1, first)).toBeNull();
    await setUserStatus(id, "ACTIVE");
    expect(await loadStaffSession(id, 1, first)).toBeNull();
    // the deactivation ended the session row itself, not only the token's session version
    expect(await loadStaffSession(id, 3, first)).toBeNull();
    expect(await prisma.authSession.findUniqueOrThrow({ where: { id: first } })).toMatchObject({
      revokeReason: "DEACTIVATED",
      revokedAt: expect.any(Date),
    });
    const second = await signInRow({ staffUserId: id });
    expect(await loadStaffSession(id, 3, second)).not.toBeNull();
    const v = values({ groupIds: [admins.id] });
    await updateUser(id, { ...v, password: "", repeatPassword: "" });
    expect(await loadStaffSession(id, 3, second)).not.toBeNull(); // no password change, same status: session lives on
    await updateUser(id, v);
    expect(await loadStaffSession(id, 3, second)).toBeNull();
    expect(await loadStaffSession(id, 4, second)).toBeNull();
    expect(await prisma.authSession.findUniqueOrThrow({ where: { id: second } })).toMatchObject({
      revokeReason: "PASSWORD_CHANGED",
    });
    await setUserStatus(id, "DELETED");
    const deleted = await prisma.staffUser.findUniqueOrThrow({ where: { id } });
    expect(deleted.status).toBe("DELETED");
    expect(keeper.id).toBeTruthy();
  });

  it("keeps at least one active user who can manage users", async () => {
    const admins = await group(`admins-${t()}`, [{ area: "*", resource: "*", action: "*", effect: "ALLOW" }]);
    const denied = await group(`denied-${t()}`, [{ area: "users", resource: "user", action: "edit", effect: "DENY" }]);
    const a = await createUser(values({ groupIds: [admins.id] }));
    const b = await createUser(values({ groupIds: [admins.id] }));
    await onlyManagers(a.id, b.id);

    await setUserStatus(b.id, "DEACTIVATED"); // a remains
    const err = await setUserStatus(a.id, "DEACTIVATED").catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect(err.code).toBe("lastManager");
    expect((await prisma.staffUser.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("ACTIVE");
    await expect(setUserStatus(a.id, "DELETED")).rejects.toMatchObject({ code: "lastManager" });

    // a deny rule in another group also takes the permission away: refused, and rolled back
    const av = values({
      email: (await prisma.staffUser.findUniqueOrThrow({ where: { id: a.id } })).email,
      groupIds: [admins.id, denied.id],
      password: "",
      repeatPassword: "",
    });
    await expect(updateUser(a.id, av)).rejects.toMatchObject({ code: "lastManager" });
    const groups = await prisma.staffUserGroup.findMany({ where: { userId: a.id } });
    expect(groups.map((g) => g.groupId)).toEqual([admins.id]);
  });

  it("searches, sorts and pages in SQL", async () => {
    const id = t();
    for (const [i, name] of ["Zed", "Amy", "Bob"].entries()) {
      await createUser(values({ email: `grid-${id}-${i}@example.com`, firstName: name, lastName: `Grid${id}` }));
    }
    const base = {
      q: `grid${id}`,
      sort: "firstName" as const,
      dir: "asc" as const,
      page: 1,
      size: 10 as const,
      filters: {},
    };
    const asc = await listUsers(base);
    expect(asc.total).toBe(3);
    expect(asc.rows.map((r) => r.firstName)).toEqual(["Amy", "Bob", "Zed"]);
    const page2 = await listUsers({ ...base, dir: "desc", size: 10, page: 1 });
    expect(page2.rows.map((r) => r.firstName)).toEqual(["Zed", "Bob", "Amy"]);
    const byEmail = await listUsers({ ...base, q: `GRID-${id}-1` });
    expect(byEmail.rows.map((r) => r.firstName)).toEqual(["Amy"]);
  });
});
