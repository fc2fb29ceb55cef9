import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";

import { prisma } from "@/lib/db";
import messages from "@/messages/en.json";
import { makeCustomerUser } from "@/tests/customer-fixtures";
import { allow, deny, makeAdmin, makeGroup, makeRole, makeStaff, tag } from "@/tests/staff-fixtures";

import { BULK_CHUNK, BULK_INLINE_LIMIT, startBulkRun, unfinishedBulkRuns, workBulkRun } from "./bulk";
import { bulkChangeCustomerUsersAction, bulkRunStatusAction } from "./staff-actions";

/** The request context of a server action outside Next: who is signed in, the English catalogue. */
const session = vi.hoisted(() => ({ id: null as string | null }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.10" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) =>
    createTranslator({ locale: "en", messages, namespace: namespace as never }),
}));
vi.mock("@/lib/identity/staff-session", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/identity/staff-session")>();
  return {
    ...real,
    currentStaff: async () => {
      if (!session.id) return null;
      const s = await prisma.staffUser.findUniqueOrThrow({
        where: { id: session.id },
        select: { sessionVersion: true },
      });
      const row = await prisma.authSession.create({
        data: { staffUserId: session.id, expiresAt: new Date(Date.now() + 3_600_000) },
      });
      return real.loadStaffSession(session.id, s.sessionVersion, row.id);
    },
  };
});

/** Three customer users of one company, enabled, each with a role (so each may be enabled again). */
async function threeUsers() {
  const first = await makeCustomerUser();
  const role = await prisma.customerRole.create({ data: { name: `Buyer ${first.t}`, companyId: first.company.id } });
  const more = await Promise.all(
    [1, 2].map((n) =>
      prisma.customerUser.create({
        data: {
          companyId: first.company.id,
          websiteId: first.website.id,
          email: `cu-${first.t}-${n}@example.com`,
          firstName: "Bulk",
          lastName: `${first.t}${n}`,
        },
      }),
    ),
  );
  const users = [first.user, ...more];
  await prisma.customerUserRole.createMany({ data: users.map((u) => ({ customerUserId: u.id, roleId: role.id })) });
  return { ...first, users, ids: users.map((u) => u.id) };
}

async function staffWith(...rules: ReturnType<typeof allow>[]) {
  const role = await makeRole(`bulk-${tag()}`, rules);
  const group = await makeGroup(`bulk-${tag()}`, [role.id]);
  return makeStaff([group.id]);
}

/** A run as the worker finds it stored, started by `actor` for `ids`. */
const storedRun = (
  actor: { staffId: string | null; label: string },
  ids: string[],
  data: { action: string; params?: object; status?: "RUNNING"; attempts?: number },
) =>
  prisma.bulkRun.create({
    data: {
      entity: "customer-user",
      targetIds: ids,
      total: ids.length,
      staffUserId: actor.staffId,
      actorLabel: actor.label,
      ...data,
    },
  });

const enabledOf = async (ids: string[]) =>
  (await prisma.customerUser.findMany({ where: { id: { in: ids } }, select: { enabled: true } })).map((u) => u.enabled);

describe("bulk changes of customer users", () => {
  it("disables the selected users through the row's service, audited as one run that each entry names", async () => {
    const { actor } = await makeAdmin();
    const { ids } = await threeUsers();
    const run = await startBulkRun(actor, "disable", ids);
    expect(run).toMatchObject({ status: "DONE", total: 3, done: 3, failed: 0 });
    expect(await enabledOf(ids)).toEqual([false, false, false]);
    // disabling signs the users out, as the single-row action does
    expect(
      await prisma.customerUser.findMany({ where: { id: { in: ids } }, select: { sessionVersion: true } }),
    ).toEqual([{ sessionVersion: 2 }, { sessionVersion: 2 }, { sessionVersion: 2 }]);
    const runEntries = await prisma.auditLog.findMany({ where: { entity: "bulk-run", entityId: run.id } });
    expect(runEntries).toHaveLength(1);
    expect(runEntries[0]).toMatchObject({ action: "disable", actorStaffId: actor.staffId });
    const userEntries = await prisma.auditLog.findMany({ where: { bulkRunId: run.id }, orderBy: { entityId: "asc" } });
    expect(userEntries.map((e) => [e.entity, e.entityId, e.action])).toEqual(
      [...ids].sort().map((id) => ["customer-user", id, "disable"]),
    );
  });

  it("counts a refused user as failed with its reason and changes the others", async () => {
    const { actor } = await makeAdmin();
    const { ids } = await threeUsers();
    await prisma.customerUser.updateMany({ where: { id: { in: ids } }, data: { enabled: false } });
    await prisma.customerUserRole.deleteMany({ where: { customerUserId: ids[0] } });
    const run = await startBulkRun(actor, "enable", ids);
    expect(run).toMatchObject({
      status: "DONE",
      done: 3,
      failed: 1,
      failures: [{ id: ids[0], code: "roleRequiredToEnable" }],
    });
    expect(await enabledOf([ids[0]!])).toEqual([false]);
    expect(await enabledOf(ids.slice(1))).toEqual([true, true]);
  });

  it("leaves a large run to the worker, which works it off in chunks and resumes where it stopped", async () => {
    const { actor } = await makeAdmin();
    const base = await makeCustomerUser();
    const n = BULK_INLINE_LIMIT + 1;
    await prisma.customerUser.createMany({
      data: Array.from({ length: n - 1 }, (_, i) => ({
        companyId: base.company.id,
        websiteId: base.website.id,
        email: `bulk-${base.t}-${i}@example.com`,
        firstName: "Many",
        lastName: `${base.t}-${i}`,
      })),
    });
    const ids = (
      await prisma.customerUser.findMany({ where: { companyId: base.company.id }, select: { id: true } })
    ).map((u) => u.id);
    expect(ids).toHaveLength(n);
    const run = await startBulkRun(actor, "disable", ids);
    expect(run).toMatchObject({ status: "QUEUED", total: n, done: 0 });
    expect(await unfinishedBulkRuns()).toContain(run.id);
    // a worker stopped after two chunks: the progress says so, the rest is still enabled
    await prisma.bulkRun.update({ where: { id: run.id }, data: { status: "RUNNING", done: 2 * BULK_CHUNK } });
    await workBulkRun(run.id);
    const after = await prisma.bulkRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(after).toMatchObject({ status: "DONE", done: n, failed: 0 });
    expect(await unfinishedBulkRuns()).not.toContain(run.id);
    expect(await prisma.auditLog.count({ where: { bulkRunId: run.id } })).toBe(n - 2 * BULK_CHUNK);
  });

  it("asks for the single-row action's permission, and follows the grid's filters for 'all matching'", async () => {
    const { ids, t } = await threeUsers();
    const other = await makeCustomerUser();
    const viewer = await staffWith(allow("customers", "customer-user", "view"));
    session.id = viewer.id;
    expect(await bulkChangeCustomerUsersAction({ action: "disable", ids })).toMatchObject({ ok: false });
    expect(await enabledOf(ids)).toEqual([true, true, true]);

    // may edit customer users but not assignments: disabling yes, assigning no
    const editor = await staffWith(allow("*", "*", "*"), deny("users", "customer-assignment", "edit"));
    session.id = editor.id;
    const holder = await makeStaff();
    expect(await bulkChangeCustomerUsersAction({ action: "assign", ids, staffUserId: holder.id })).toMatchObject({
      ok: false,
      message: messages.errors.forbidden,
    });
    expect(await prisma.staffCustomerAssignment.count({ where: { staffUserId: holder.id } })).toBe(0);

    const result = await bulkChangeCustomerUsersAction({ action: "disable", matching: { email: `cu-${t}` } });
    expect(result).toMatchObject({ ok: true, data: { status: "DONE", total: 3 } });
    expect(await enabledOf(ids)).toEqual([false, false, false]);
    expect(await enabledOf([other.user.id])).toEqual([true]);

    // nobody follows another's run
    const runId = (result as { data: { id: string } }).data.id;
    expect(await bulkRunStatusAction({ id: runId })).toMatchObject({ ok: true, data: { done: 3 } });
    session.id = (await makeAdmin()).user.id;
    expect(await bulkRunStatusAction({ id: runId })).toMatchObject({ ok: false });
  });

  it("assigns the selected users to a staff user through the assignment service", async () => {
    const { actor } = await makeAdmin();
    const { ids } = await threeUsers();
    const holder = await makeStaff();
    const taken = await makeStaff();
    await prisma.staffCustomerAssignment.create({ data: { customerUserId: ids[2]!, staffUserId: taken.id } });
    const run = await startBulkRun(actor, "assign", ids, { staffUserId: holder.id });
    expect(run).toMatchObject({
      done: 3,
      failed: 1,
      failures: [{ id: ids[2], code: "customerAssignmentTakenUnnamed" }],
    });
    const held = await prisma.staffCustomerAssignment.findMany({ where: { customerUserId: { in: ids } } });
    expect(held.map((h) => [h.customerUserId, h.staffUserId]).sort()).toEqual(
      [
        [ids[0], holder.id],
        [ids[1], holder.id],
        [ids[2], taken.id],
      ].sort(),
    );
    expect(await prisma.auditLog.count({ where: { bulkRunId: run.id, entity: "customer-assignment" } })).toBe(2);
  });

  it("gives a run that keeps failing up after three attempts: FAILED with its reason, one audit entry", async () => {
    const { actor } = await makeAdmin();
    const { ids } = await threeUsers();
    // a stored run the assignment service cannot work (its holder is missing): every attempt throws
    const run = await storedRun(actor, ids, { action: "assign", params: {} });
    await expect(workBulkRun(run.id)).rejects.toThrow();
    await expect(workBulkRun(run.id)).rejects.toThrow();
    expect(await unfinishedBulkRuns(new Date(Date.now() + 3_600_000))).toContain(run.id);
    await workBulkRun(run.id);
    expect(await prisma.bulkRun.findUniqueOrThrow({ where: { id: run.id } })).toMatchObject({
      status: "FAILED",
      failure: "error",
      attempts: 3,
      done: 0,
    });
    expect(await unfinishedBulkRuns(new Date(Date.now() + 3_600_000))).not.toContain(run.id);
    const entries = await prisma.auditLog.findMany({ where: { entity: "bulk-run", entityId: run.id } });
    expect(entries.map((e) => [e.action, (e.changes as { reason: { after: string } }).reason.after])).toEqual([
      ["fail", "error"],
    ]);
    // its starter's toolbar shows why it stopped
    session.id = actor.staffId;
    const status = await bulkRunStatusAction({ id: run.id });
    expect(status).toMatchObject({ ok: true, data: { status: "FAILED", failure: "error" } });
    const t = createTranslator({ locale: "en", messages, namespace: "customerUsers.bulk" });
    expect(t("failed", { done: 0, total: 3, reason: t("failure.error") })).toBe(
      "The change stopped after 0 of 3: it failed three times in a row and was given up.",
    );
  });

  it("counts only attempts since the last progress, and gives up on a worker that keeps dying", async () => {
    const { actor } = await makeAdmin();
    const { ids } = await threeUsers();
    const run = await storedRun(actor, ids, { action: "disable", attempts: 2 });
    await workBulkRun(run.id);
    expect(await prisma.bulkRun.findUniqueOrThrow({ where: { id: run.id } })).toMatchObject({
      status: "DONE",
      attempts: 1,
    });
    // three workers took this one and none came back: the fourth gives up without changing anyone
    const dying = await storedRun(actor, ids, { action: "enable", status: "RUNNING", attempts: 3 });
    await workBulkRun(dying.id);
    expect(await prisma.bulkRun.findUniqueOrThrow({ where: { id: dying.id } })).toMatchObject({
      status: "FAILED",
      failure: "stopped",
    });
    expect(await enabledOf(ids)).toEqual([false, false, false]);
  });

  it("stops a worker's run when its starter was deactivated or lost the permission since, changing nobody more", async () => {
    for (const revoke of ["deactivate", "deny"] as const) {
      const starter = await makeAdmin();
      const { ids } = await threeUsers();
      const run = await storedRun(starter.actor, ids, { action: "disable" });
      if (revoke === "deactivate")
        await prisma.staffUser.update({ where: { id: starter.user.id }, data: { status: "DEACTIVATED" } });
      else
        await prisma.staffRule.create({
          data: {
            roleId: starter.role.id,
            area: "customers",
            resource: "customer-user",
            action: "edit",
            effect: "DENY",
          },
        });
      await workBulkRun(run.id);
      expect(await prisma.bulkRun.findUniqueOrThrow({ where: { id: run.id } })).toMatchObject({
        status: "FAILED",
        failure: "forbidden",
        done: 0,
      });
      expect(await enabledOf(ids)).toEqual([true, true, true]);
      expect(await prisma.auditLog.count({ where: { bulkRunId: run.id } })).toBe(0);
    }
  });
});
