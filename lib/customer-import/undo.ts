import "server-only";

import { staffMayStill } from "@/lib/acl/still-allowed";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { setCustomerUserEnabled, updateCustomerUser } from "@/lib/customer-users/manage";
import { customerUserFormSchema, type CustomerUserFormInput } from "@/lib/customer-users/schema";
import { prisma, transaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { attempt, type Failure } from "@/lib/run-attempts";

import { keyed } from "./messages";
import { notifyUndoRequester } from "./notify";
import { STALE_SECONDS } from "./run";
import { RUN_PERMISSIONS } from "./service";

/** Changes an undo takes back per chunk: the progress (and where a restart resumes) is saved after each. */
export const UNDO_CHUNK = 500;
/** How many skipped lines the undo's audit entry and page list. */
export const SHOWN_SKIPPED = 1000;

type Undone = "restored" | "disabled" | "skipped";
type Change = Awaited<ReturnType<typeof nextChanges>>[number];

const EDIT = customerUserFormSchema(keyed, "edit");

/**
 * Asks for the undo of a finished run within the kept period (or again after a failed undo, which
 * then resumes): the import worker works it off. One audit entry names who asked.
 */
export async function requestUndo(actor: Actor, id: string, now = new Date()): Promise<void> {
  await transaction(async (tx) => {
    const undoTotal = await tx.csvImportChange.count({ where: { importId: id } });
    const { count } = await tx.csvImport.updateMany({
      where: {
        id,
        status: { in: ["DONE", "CANCELLED", "FAILED"] },
        expiresAt: { gte: now },
        OR: [{ undoStatus: null }, { undoStatus: "FAILED" }],
      },
      data: {
        undoStatus: "QUEUED",
        undoRequestedById: actor.staffId,
        undoRequestedByLabel: actor.label,
        undoFailure: null,
        undoTotal,
        attempts: 0,
      },
    });
    if (count === 0) {
      const found = await tx.csvImport.count({ where: { id } });
      throw new DomainError(found ? "csvImportNotUndoable" : "notFound");
    }
    await recordAudit(
      tx,
      { ...actor, importRunId: id },
      {
        entity: "csv-import",
        entityId: id,
        action: "request",
        after: { undo: undoTotal },
      },
    );
  });
}

/** Takes an asked-for undo, or one whose worker stopped beating; the attempts since its last chunk, or null. */
async function claim(id: string): Promise<number | null> {
  const [row] = await prisma.$queryRaw<{ attempts: number }[]>`
    UPDATE "CsvImport" SET "undoStatus" = 'RUNNING', "heartbeatAt" = now(), attempts = attempts + 1
    WHERE id = ${id} AND ("undoStatus" = 'QUEUED'
      OR ("undoStatus" = 'RUNNING' AND ("heartbeatAt" IS NULL OR "heartbeatAt" < now() - make_interval(secs => ${STALE_SECONDS}))))
    RETURNING attempts`;
  return row?.attempts ?? null;
}

const nextChanges = (id: string, take: number) =>
  prisma.csvImportChange.findMany({
    where: { importId: id, undone: null },
    orderBy: [{ line: "asc" }, { id: "asc" }],
    take,
  });

/**
 * Works an undo off, chunk by chunk, with the authority its requester holds now: users the run
 * changed get their previous values back (through the form's service), users it created are
 * disabled; a user someone changed after the run (any audit entry not of this run) is left as it
 * is and listed. Each chunk marks its changes and the counts in one transaction; a change taken
 * back twice (a crash before that) is harmless, as the undo's own entries name the run.
 */
export async function runUndo(id: string, chunk = UNDO_CHUNK): Promise<"done" | "failed" | "skipped"> {
  const attempts = await claim(id);
  if (attempts === null) return "skipped";
  const imp = await prisma.csvImport.findUniqueOrThrow({
    where: { id },
    select: { undoRequestedById: true, undoRequestedByLabel: true },
  });
  const actor: Actor = {
    staffId: imp.undoRequestedById,
    label: imp.undoRequestedByLabel ?? "",
    ip: null,
    importRunId: id,
  };
  return attempt(
    attempts,
    async (progressed) => {
      for (;;) {
        if (!(await staffMayStill(actor.staffId, RUN_PERMISSIONS))) return fail(id, actor, { reason: "forbidden" });
        const changes = await nextChanges(id, chunk);
        if (changes.length === 0) return finish(id, actor);
        const outcomes = await undoChunk(actor, id, changes);
        await saveChunk(id, outcomes);
        progressed();
      }
    },
    (failure) => fail(id, actor, failure),
  );
}

async function undoChunk(actor: Actor, id: string, changes: Change[]): Promise<Map<string, Undone>> {
  const later = await prisma.auditLog.findMany({
    where: {
      entity: "customer-user",
      entityId: { in: changes.map((c) => c.entityId) },
      at: { gte: changes.reduce((min, c) => (c.at < min ? c.at : min), changes[0]!.at) },
      OR: [{ importRunId: null }, { importRunId: { not: id } }],
    },
    select: { entityId: true, at: true },
  });
  const outcomes = new Map<string, Undone>();
  for (const c of changes) {
    if (later.some((l) => l.entityId === c.entityId && l.at > c.at)) {
      outcomes.set(c.id, "skipped");
      continue;
    }
    try {
      if (c.kind === "create") {
        await setCustomerUserEnabled(actor, c.entityId, false);
        outcomes.set(c.id, "disabled");
      } else {
        const before = EDIT.parse(c.before as CustomerUserFormInput);
        await updateCustomerUser(actor, c.entityId, before);
        outcomes.set(c.id, "restored");
      }
    } catch (e) {
      // deleted since, or no longer valid as it was (a role removed meanwhile): left as it is, listed
      if (!(e instanceof DomainError) && !(e instanceof Error && e.name === "ZodError")) throw e;
      outcomes.set(c.id, "skipped");
    }
  }
  return outcomes;
}

/** The chunk's changes marked with what was done, and the counts, only while this undo still runs. */
async function saveChunk(id: string, outcomes: Map<string, Undone>): Promise<void> {
  const ids = (kind: Undone) => [...outcomes].filter(([, o]) => o === kind).map(([changeId]) => changeId);
  await transaction(async (tx) => {
    const { count } = await tx.csvImport.updateMany({
      where: { id, undoStatus: "RUNNING" },
      data: {
        heartbeatAt: new Date(),
        attempts: 1,
        undoDone: { increment: outcomes.size },
        undoRestored: { increment: ids("restored").length },
        undoDisabled: { increment: ids("disabled").length },
        undoSkipped: { increment: ids("skipped").length },
      },
    });
    if (count === 0) throw new Error(`undo of import ${id} is no longer running`);
    for (const kind of ["restored", "disabled", "skipped"] as const)
      await tx.csvImportChange.updateMany({ where: { id: { in: ids(kind) } }, data: { undone: kind } });
  });
}

/** The lines of the first changes the undo left as they were (edited since, or no longer valid). */
export async function skippedLines(id: string): Promise<number[]> {
  const rows = await prisma.csvImportChange.findMany({
    where: { importId: id, undone: "skipped" },
    orderBy: [{ line: "asc" }, { id: "asc" }],
    select: { line: true },
    take: SHOWN_SKIPPED,
  });
  return rows.map((r) => r.line);
}

async function finish(id: string, actor: Actor): Promise<"done"> {
  const skipped = await skippedLines(id);
  await transaction(async (tx) => {
    const row = await tx.csvImport.update({
      where: { id },
      data: { status: "UNDONE", undoStatus: "DONE", undoneAt: new Date() },
      select: { undoRestored: true, undoDisabled: true },
    });
    await recordAudit(tx, actor, {
      entity: "csv-import",
      entityId: id,
      action: "undo",
      after: { restored: row.undoRestored, disabled: row.undoDisabled, skipped },
    });
    await notifyUndoRequester(tx, id);
  });
  return "done";
}

async function fail(id: string, actor: Actor, failure: Failure): Promise<"failed"> {
  await transaction(async (tx) => {
    const { count } = await tx.csvImport.updateMany({
      where: { id, undoStatus: { in: ["QUEUED", "RUNNING"] } },
      data: { undoStatus: "FAILED", undoFailure: failure.reason },
    });
    if (count === 0) return;
    await recordAudit(tx, actor, {
      entity: "csv-import",
      entityId: id,
      action: "fail",
      after: { undo: true, reason: failure.reason, error: failure.detail?.slice(0, 500) },
    });
    await notifyUndoRequester(tx, id);
  });
  return "failed";
}
