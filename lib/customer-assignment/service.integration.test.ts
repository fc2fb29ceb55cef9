import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translate";
import messages from "@/messages/en.json";
import { makeCustomerUser } from "@/tests/customer-fixtures";
import { auditRows, makeAdmin, makeStaff, tag } from "@/tests/staff-fixtures";

import { assignedCustomerUsers, candidateCustomerUsers, isAssignedTo, saveCustomerAssignment } from "./service";

const t = createTranslator({ locale: "en", messages }) as unknown as Translate;
const all = () => true;
const save = (
  actor: Awaited<ReturnType<typeof makeAdmin>>["actor"],
  staffUserId: string,
  assign: string[],
  deassign: string[] = [],
) => saveCustomerAssignment(actor, { staffUserId, assign, deassign }, all);
const holderOf = async (customerUserId: string) =>
  (await prisma.staffCustomerAssignment.findUnique({ where: { customerUserId } }))?.staffUserId ?? null;

describe("assigning customer users to staff users", () => {
  it("assigns, lists by search, and deassigns, each change audited", async () => {
    const { actor, user: admin } = await makeAdmin();
    const staff = await makeStaff();
    const a = await makeCustomerUser();
    const b = await makeCustomerUser();

    expect(await save(actor, staff.id, [a.user.id, b.user.id])).toEqual({ assigned: 2, deassigned: 0 });
    expect(await isAssignedTo(staff.id, a.user.id)).toBe(true);
    const row = await prisma.staffCustomerAssignment.findUniqueOrThrow({ where: { customerUserId: a.user.id } });
    expect(row).toMatchObject({ staffUserId: staff.id, assignedById: admin.id });

    const found = await assignedCustomerUsers(staff.id, { q: `child ${b.t}`, page: 1 }, all);
    expect(found).toMatchObject({ total: 1, rows: [{ id: b.user.id, companyName: `Child ${b.t}` }] });
    expect((await assignedCustomerUsers(staff.id, { q: "", page: 1 }, all)).total).toBe(2);

    expect(await save(actor, staff.id, [], [a.user.id])).toEqual({ assigned: 0, deassigned: 1 });
    expect(await isAssignedTo(staff.id, a.user.id)).toBe(false);
    expect(await holderOf(b.user.id)).toBe(staff.id);
    expect((await auditRows("customer-assignment", a.user.id)).map((r) => r.action)).toEqual(["create", "delete"]);
  });

  it("lists as candidates everyone not assigned to this staff user, naming the current holder", async () => {
    const { actor } = await makeAdmin();
    const [mine, other] = [await makeStaff(), await makeStaff()];
    const c = await makeCustomerUser();
    await save(actor, other.id, [c.user.id]);

    const forMine = await candidateCustomerUsers(mine.id, { q: c.user.email, page: 1 }, all);
    expect(forMine.rows).toMatchObject([{ id: c.user.id, holder: { id: other.id } }]);
    expect((await candidateCustomerUsers(other.id, { q: c.user.email, page: 1 }, all)).total).toBe(0);
  });

  it("refuses a customer user held by another staff user, names the holder and writes nothing", async () => {
    const { actor } = await makeAdmin();
    const holder = await prisma.staffUser.create({
      data: { email: `max-${tag()}@example.com`, passwordHash: "x", firstName: "Max", lastName: "Mustermann" },
    });
    const staff = await makeStaff();
    const taken = await makeCustomerUser();
    const free = await makeCustomerUser();
    const kept = await makeCustomerUser();
    await save(actor, holder.id, [taken.user.id]);
    await save(actor, staff.id, [kept.user.id]);

    const error = await save(actor, staff.id, [free.user.id, taken.user.id], [kept.user.id]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    const { code, values } = error as DomainError;
    expect(t(`errors.${code}`, values)).toBe(
      `Anna ${taken.user.lastName} (${taken.user.email}) is already assigned to Max Mustermann. Deassign them there first.`,
    );
    expect([await holderOf(taken.user.id), await holderOf(free.user.id), await holderOf(kept.user.id)]).toEqual([
      holder.id,
      null,
      staff.id,
    ]);
    expect(await auditRows("customer-assignment", free.user.id)).toEqual([]);
  });

  it("lets only one of two concurrent saves take the same customer user", async () => {
    const { actor } = await makeAdmin();
    const [first, second] = [await makeStaff(), await makeStaff()];
    const c = await makeCustomerUser();

    const results = await Promise.allSettled([save(actor, first.id, [c.user.id]), save(actor, second.id, [c.user.id])]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [refused] = results.filter((r) => r.status === "rejected");
    expect((refused as PromiseRejectedResult).reason).toMatchObject({ code: "customerAssignmentTaken" });
    expect(await prisma.staffCustomerAssignment.count({ where: { customerUserId: c.user.id } })).toBe(1);
  });

  it("deassigns only this staff user's rows and refuses a deleted staff user", async () => {
    const { actor } = await makeAdmin();
    const [staff, other] = [await makeStaff(), await makeStaff()];
    const c = await makeCustomerUser();
    await save(actor, other.id, [c.user.id]);

    expect(await save(actor, staff.id, [], [c.user.id])).toEqual({ assigned: 0, deassigned: 0 });
    expect(await holderOf(c.user.id)).toBe(other.id);

    await prisma.staffUser.update({ where: { id: staff.id }, data: { status: "DELETED" } });
    const free = await makeCustomerUser();
    await expect(save(actor, staff.id, [free.user.id])).rejects.toMatchObject({ code: "notFound" });
    expect(await holderOf(free.user.id)).toBeNull();
  });

  it("releases the assignment when the customer user is deleted", async () => {
    const { actor } = await makeAdmin();
    const staff = await makeStaff();
    const c = await makeCustomerUser();
    await save(actor, staff.id, [c.user.id]);
    await prisma.customerUser.delete({ where: { id: c.user.id } });
    expect(await prisma.staffCustomerAssignment.count({ where: { staffUserId: staff.id } })).toBe(0);
  });
});
