import "server-only";

import { staffMayStill } from "@/lib/acl/still-allowed";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { saveCustomerAssignment } from "@/lib/customer-assignment/service";
import { prisma, transaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseGridParams } from "@/lib/grid/params";
import { attempt, type Failure } from "@/lib/run-attempts";

import { BULK_PERMISSION, type BulkAction, type BulkRunSummary } from "./bulk-schema";
import { setCustomerUserEnabled } from "./manage";
import { CUSTOMER_USER_GRID } from "./params";
import { forcePasswordReset } from "./password-reset";
import { customerUserKeysetQuery, type GridKey } from "./query";
import { withoutCompany } from "./service";

/** Up to this many users change while the request waits; a larger run goes to the worker. */
export const BULK_INLINE_LIMIT = 500;
/** The worker saves its progress after each chunk of this many users. */
export const BULK_CHUNK = 100;
/** How many failures a run keeps the reasons of. */
const KEPT_FAILURES = 20;

export type BulkSelection = { ids: string[] } | { matching: Record<string, string> };

/**
 * The users a selection names: the ticked ids that still exist, or every row the grid's filters
 * select now, walked in keyset batches with the grid's own conditions (lib/customer-users/query).
 */
export async function selectedCustomerUserIds(
  selection: BulkSelection,
  /** whether the caller may view companies: without it, as on the grid, no company filter or sort applies */
  seesCompanies: boolean,
): Promise<string[]> {
  if ("ids" in selection) {
    const found = await prisma.customerUser.findMany({ where: { id: { in: selection.ids } }, select: { id: true } });
    const exists = new Set(found.map((u) => u.id));
    return [...new Set(selection.ids)].filter((id) => exists.has(id));
  }
  const parsed = parseGridParams(selection.matching, CUSTOMER_USER_GRID);
  const params = seesCompanies ? parsed : withoutCompany(parsed);
  const ids: string[] = [];
  let after: GridKey | null = null;
  for (;;) {
    const batch: { id: string; key: unknown }[] = await prisma.$queryRaw(customerUserKeysetQuery(params, after, 5_000));
    ids.push(...batch.map((r) => r.id));
    if (batch.length < 5_000) return ids;
    after = { key: batch.at(-1)!.key, id: batch.at(-1)!.id };
  }
}

/** One user's change through the same service the row's own action calls, audited under the run. */
function changeOne(actor: Actor, action: BulkAction, id: string, params: { staffUserId?: string }): Promise<unknown> {
  switch (action) {
    case "enable":
      return setCustomerUserEnabled(actor, id, true);
    case "disable":
      return setCustomerUserEnabled(actor, id, false);
    case "reset-password":
      return forcePasswordReset(actor, id);
    case "assign":
      // the refusal names nobody: it is stored with the run and read later, maybe by someone else
      return saveCustomerAssignment(
        actor,
        { staffUserId: params.staffUserId!, assign: [id], deassign: [] },
        () => false,
      );
  }
}

const SUMMARY = {
  id: true,
  action: true,
  status: true,
  total: true,
  done: true,
  failed: true,
  failures: true,
  failure: true,
} as const satisfies Prisma.BulkRunSelect;
const toSummary = (r: Prisma.BulkRunGetPayload<{ select: typeof SUMMARY }>): BulkRunSummary => ({
  ...r,
  failures: (r.failures as BulkRunSummary["failures"]) ?? [],
  failure: r.failure as BulkRunSummary["failure"],
});

/**
 * Records the run and its audit entry in one transaction, then works it off here when it is small;
 * a larger one stays QUEUED for the worker (startBulkRunWorker), which the UI follows by polling.
 */
export async function startBulkRun(
  actor: Actor,
  action: BulkAction,
  targetIds: string[],
  params: { staffUserId?: string } = {},
): Promise<BulkRunSummary> {
  if (targetIds.length === 0) throw new DomainError("bulkNothingSelected", "ids");
  if (action === "assign") {
    const holder = await prisma.staffUser.findUnique({ where: { id: params.staffUserId }, select: { status: true } });
    if (!holder || holder.status === "DELETED") throw new DomainError("notFound", "staffUserId");
  }
  const run = await transaction(async (tx) => {
    const created = await tx.bulkRun.create({
      data: {
        entity: "customer-user",
        action,
        params: action === "assign" ? { staffUserId: params.staffUserId! } : {},
        targetIds,
        total: targetIds.length,
        staffUserId: actor.staffId,
        actorLabel: actor.label,
        ip: actor.ip,
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      entity: "bulk-run",
      entityId: created.id,
      action: action,
      after: { entity: "customer-user", total: targetIds.length, ...(params.staffUserId ? params : {}) },
    });
    return created;
  });
  if (targetIds.length <= BULK_INLINE_LIMIT) await workBulkRun(run.id);
  return toSummary(await prisma.bulkRun.findUniqueOrThrow({ where: { id: run.id }, select: SUMMARY }));
}

/**
 * Works a run off from where it stands, chunk by chunk: each user's change is its own transaction
 * (one refused user does not undo the others), and the progress is saved after each chunk, so a
 * restarted worker resumes there. A change made twice (a crash between a chunk and its progress) is
 * harmless: enabling an enabled user or assigning a held one changes nothing and writes no entry.
 * Each take counts as an attempt: a run that keeps failing ends FAILED (lib/run-attempts).
 */
export async function workBulkRun(id: string): Promise<void> {
  const [taken] = await prisma.$queryRaw<{ attempts: number }[]>`
    UPDATE "BulkRun" SET attempts = attempts + 1
    WHERE id = ${id} AND status IN ('QUEUED', 'RUNNING') RETURNING attempts`;
  if (!taken) return;
  await attempt(
    taken.attempts,
    (progressed) => workChunks(id, progressed),
    (failure) => failBulkRun(id, failure),
  );
}

async function workChunks(id: string, progressed: () => void): Promise<void> {
  for (;;) {
    const run = await prisma.bulkRun.findUnique({ where: { id } });
    if (!run || run.status === "DONE" || run.status === "FAILED") return;
    if (run.done >= run.total) {
      await prisma.bulkRun.update({ where: { id }, data: { status: "DONE", finishedAt: new Date() } });
      return;
    }
    // the starter's authority as it stands now, as the bulk action checked it: active, sees users, may change one
    const needs = ["customers/customer-user/view", BULK_PERMISSION[run.action as BulkAction]] as const;
    if (!(await staffMayStill(run.staffUserId, needs))) return failBulkRun(id, { reason: "forbidden" });
    const actor: Actor = { staffId: run.staffUserId, label: run.actorLabel, ip: run.ip, bulkRunId: run.id };
    const params = run.params as { staffUserId?: string };
    const failures = (run.failures as BulkRunSummary["failures"]) ?? [];
    let failed = 0;
    const chunk = run.targetIds.slice(run.done, run.done + BULK_CHUNK);
    for (const target of chunk) {
      try {
        await changeOne(actor, run.action as BulkAction, target, params);
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        failed++;
        if (failures.length < KEPT_FAILURES) failures.push({ id: target, code: e.code });
      }
    }
    await prisma.bulkRun.update({
      where: { id },
      data: {
        status: "RUNNING",
        done: run.done + chunk.length,
        failed: { increment: failed },
        failures: failures as Prisma.InputJsonValue,
        attempts: 1,
      },
    });
    progressed();
  }
}

/** Ends a run that cannot go on as FAILED, with the reason its starter sees, and one audit entry. */
async function failBulkRun(id: string, failure: Failure): Promise<void> {
  await transaction(async (tx) => {
    const run = await tx.bulkRun.findUnique({
      where: { id },
      select: { staffUserId: true, actorLabel: true, ip: true, done: true, total: true },
    });
    const { count } = await tx.bulkRun.updateMany({
      where: { id, status: { in: ["QUEUED", "RUNNING"] } },
      data: { status: "FAILED", failure: failure.reason, finishedAt: new Date() },
    });
    if (!run || count === 0) return;
    await recordAudit(
      tx,
      { staffId: run.staffUserId, label: run.actorLabel, ip: run.ip },
      {
        entity: "bulk-run",
        entityId: id,
        action: "fail",
        after: { reason: failure.reason, error: failure.detail?.slice(0, 500), done: run.done, total: run.total },
      },
    );
  });
}

/** A run as its starter follows it; nobody else's runs are found. */
export async function bulkRunOf(id: string, staffUserId: string): Promise<BulkRunSummary | null> {
  const run = await prisma.bulkRun.findFirst({ where: { id, staffUserId }, select: SUMMARY });
  return run && toSummary(run);
}

/**
 * The runs the worker has to do: the large ones waiting or left half done by a stopped worker, and
 * small ones whose request ended before they did (a small run is worked off by its request first).
 */
export async function unfinishedBulkRuns(now = new Date()): Promise<string[]> {
  const rows = await prisma.bulkRun.findMany({
    where: {
      status: { in: ["QUEUED", "RUNNING"] },
      OR: [{ total: { gt: BULK_INLINE_LIMIT } }, { createdAt: { lt: new Date(now.getTime() - 10 * 60_000) } }],
    },
    orderBy: { createdAt: "asc" },
    select: { id: true },
    take: 100,
  });
  return rows.map((r) => r.id);
}
