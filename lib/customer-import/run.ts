import "server-only";

import { recordAudit, type Actor } from "@/lib/audit/record";
import { prisma, transaction } from "@/lib/db";

import { notifyRequester } from "./notify";
import { storeRowErrors } from "./row-errors";
import { writeChunk } from "./run-users";
import { CHUNK_ROWS, chunksOf, openUpload } from "./service";

/** A worker that has not written a chunk for this long is taken to be gone; another may take its run over. */
export const STALE_SECONDS = 120;

export type RunOptions = {
  chunkRows?: number;
  /** for tests of a crash: the run stops (throws) after committing this many chunks */
  crashAfterChunks?: number;
};

/** Takes the run: a queued one, or a running one whose worker stopped beating (a restart). */
async function claim(id: string): Promise<boolean> {
  const n = await prisma.$executeRaw`
    UPDATE "CsvImport" SET status = 'RUNNING', "heartbeatAt" = now(), "startedAt" = COALESCE("startedAt", now())
    WHERE id = ${id} AND (status = 'QUEUED'
      OR (status = 'RUNNING' AND ("heartbeatAt" IS NULL OR "heartbeatAt" < now() - make_interval(secs => ${STALE_SECONDS}))))`;
  return n === 1;
}

/**
 * Runs an import from the row after the last committed chunk. Each chunk is one transaction that
 * writes its rows, their changes and errors, the counts and the last committed row together, and
 * only if no other worker moved that row meanwhile: a chunk is imported once, whatever restarts.
 */
export async function runImport(id: string, opts: RunOptions = {}): Promise<"done" | "cancelled" | "skipped"> {
  if (!(await claim(id))) return "skipped";
  const imp = await prisma.csvImport.findUniqueOrThrow({
    where: { id },
    select: {
      content: true,
      entity: true,
      committedRows: true,
      invite: true,
      requestedById: true,
      requestedByLabel: true,
    },
  });
  const actor: Actor = { staffId: imp.requestedById, label: imp.requestedByLabel, ip: null, importRunId: id };
  const { parsed, evaluate } = await openUpload(imp.content, imp.entity);
  const chunkRows = opts.chunkRows ?? CHUNK_ROWS;
  let committed = imp.committedRows;
  let chunkNo = Math.ceil(committed / chunkRows);
  let done = 0;
  for await (const chunk of chunksOf(parsed.records, chunkRows, committed)) {
    const state = await prisma.csvImport.findUniqueOrThrow({ where: { id }, select: { cancelRequested: true } });
    if (state.cancelRequested) return finish(id, actor, "CANCELLED");
    const outcomes = await evaluate(chunk);
    const last = chunk[chunk.length - 1]!.row;
    await transaction(
      async (tx) => {
        const { counts, errors } = await writeChunk(tx, actor, id, outcomes, imp.invite);
        const moved = await tx.csvImport.updateMany({
          where: { id, committedRows: committed, status: "RUNNING" },
          data: {
            committedRows: last + 1,
            heartbeatAt: new Date(),
            created: { increment: counts.created },
            updated: { increment: counts.updated },
            unchanged: { increment: counts.unchanged },
            errors: { increment: counts.errors },
          },
        });
        // another worker committed this chunk (or the run was taken over): roll this one back
        if (moved.count === 0) throw new Error(`import ${id}: chunk ${chunkNo} was committed elsewhere`);
        await tx.csvImportChunk.create({ data: { importId: id, chunk: chunkNo, lastRow: last } });
        await storeRowErrors(tx, id, "import", errors);
      },
      { timeout: 600_000, maxWait: 30_000 },
    );
    committed = last + 1;
    chunkNo++;
    if (opts.crashAfterChunks !== undefined && ++done >= opts.crashAfterChunks) throw new Error("simulated crash");
  }
  return finish(id, actor, "DONE");
}

async function finish(id: string, actor: Actor, status: "DONE" | "CANCELLED"): Promise<"done" | "cancelled"> {
  await transaction(async (tx) => {
    const row = await tx.csvImport.update({
      where: { id },
      data: { status, finishedAt: new Date() },
      select: { created: true, updated: true, unchanged: true, errors: true, committedRows: true, fileName: true },
    });
    await recordAudit(tx, actor, {
      entity: "csv-import",
      entityId: id,
      action: status === "DONE" ? "import" : "end",
      after: {
        status,
        read: row.committedRows,
        created: row.created,
        updated: row.updated,
        unchanged: row.unchanged,
        errors: row.errors,
      },
    });
    await notifyRequester(tx, id);
  });
  return status === "DONE" ? "done" : "cancelled";
}
