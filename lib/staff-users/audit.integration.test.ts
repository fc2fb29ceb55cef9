import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";

import type { Actor } from "@/lib/audit/record";
import { prisma } from "@/lib/db";

import type { UserFormValues } from "./schema";
import { createUser, setUserStatus, updateUser } from "./service";

const t = () => randomUUID().slice(0, 8);

function values(id: string, over: Partial<UserFormValues> = {}): UserFormValues {
  return {
    email: `audited-${id}@example.com`,
    password: `Audited-pass-${id}`,
    repeatPassword: `Audited-pass-${id}`,
    firstName: "Old",
    lastName: id,
    groupIds: [],
    isAgent: false,
    locale: "en",
    status: "ACTIVE",
    ...over,
  };
}

async function actor(): Promise<Actor> {
  const id = t();
  const staff = await prisma.staffUser.create({
    data: { email: `editor-${id}@example.com`, passwordHash: "not-a-login", firstName: "Ed", lastName: id },
  });
  return { staffId: staff.id, label: staff.email, ip: "192.0.2.10" };
}

const entries = (entityId: string) =>
  prisma.auditLog.findMany({ where: { entity: "staff-user", entityId }, orderBy: { at: "asc" } });

describe("audit trail of staff users", () => {
  it("an update writes one entry with only the changed fields, by whom and from where", async () => {
    const [by, id] = [await actor(), t()];
    const { id: userId } = await createUser(by, values(id));
    await updateUser(by, userId, values(id, { firstName: "New", isAgent: true, password: "", repeatPassword: "" }));
    const rows = await entries(userId);
    expect(rows.map((r) => r.action)).toEqual(["create", "update"]);
    expect(rows[1]).toMatchObject({ actorStaffId: by.staffId, actorLabel: by.label, ip: "192.0.2.10" });
    expect(rows[1]!.changes).toEqual({
      firstName: { before: "Old", after: "New" },
      isAgent: { before: false, after: true },
    });
  });

  it("a password change is recorded as redacted, and no hash ever reaches the log", async () => {
    const [by, id] = [await actor(), t()];
    const { id: userId } = await createUser(by, values(id));
    await updateUser(by, userId, values(id, { password: `Changed-pass-${id}`, repeatPassword: `Changed-pass-${id}` }));
    await setUserStatus(by, userId, "DEACTIVATED");
    const rows = await entries(userId);
    expect(rows.map((r) => r.action)).toEqual(["create", "update", "deactivate"]);
    expect(rows[1]!.changes).toEqual({ passwordHash: { before: "[redacted]", after: "[redacted]" } });
    expect(rows[2]!.changes).toEqual({ status: { before: "ACTIVE", after: "DEACTIVATED" } });
    const { passwordHash } = await prisma.staffUser.findUniqueOrThrow({
      where: { id: userId },
      select: { passwordHash: true },
    });
    const logged = JSON.stringify(rows.map((r) => r.changes));
    expect(logged).not.toContain(passwordHash);
    expect(logged).not.toContain("$argon2");
    expect(logged).not.toContain(`Changed-pass-${id}`);
  });
});
