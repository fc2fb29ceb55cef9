import "server-only";

import { staffMayStill } from "@/lib/acl/still-allowed";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { prisma, transaction } from "@/lib/db";
import { attempt, type Failure } from "@/lib/run-attempts";

import { parseStored } from "./content";
import { notifyRequester } from "./notify";
import { storeRowErrors } from "./row-errors";
import { writeChunk } from "./run-users";
import { CHUNK_ROWS, chunksOf, openUpload, RUN_PERMISSIONS } from "./service";

/** A worker that has not written a chunk for this long is taken to be gone; another may take its run over. */
export const STALE_SECONDS = 120;

export type RunOptions = {
  chunkRows?: number;
  /** for tests of a crash: the run stops (throws) before its next chunk once it committed this many */
  crashAfterChunks?: number;
};

/**
 * Takes the run: a queued one, or a running one whose worker stopped beating (a restart). Counts
 * the attempt; the number of attempts since the last committed chunk, or null when not taken.
 */
async function claim(id: string): Promise<number | null> {
  const [row] = await prisma.$queryRaw<{ attempts: number }[]>`
    UPDATE "CsvImport" SET status = 'RUNNING', "heartbeatAt" = now(), "startedAt" = COALESCE("startedAt", now()),
      attempts = attempts + 1
    WHERE id = ${id} AND (status = 'QUEUED'
      OR (status = 'RUNNING' AND ("heartbeatAt" IS NULL OR "heartbeatAt" < now() - make_interval(secs => ${STALE_SECONDS}))))
    RETURNING attempts`;
  return row?.attempts ?? null;
}

/**
 * Runs an import from the row after the last committed chunk. Each chunk is one transaction that
 * writes its rows, their changes and errors, the counts and the last committed row together, and
 * only if no other worker moved that row meanwhile: a chunk is imported once, whatever restarts.
 */
export async function runImport(
  id: string,
  opts: RunOptions = {},
): Promise<"done" | "cancelled" | "failed" | "skipped"> {
  const attempts = await claim(id);
  if (attempts === null) return "skipped";
  const imp = await prisma.csvImport.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      size: true,
      encoding: true,
      delimiter: true,
      entity: true,
      committedRows: true,
      invite: true,
      requestedById: true,
      requestedByLabel: true,
    },
  });
  // the requester's authority is theirs as it stands when each chunk is written, not when they asked
  const actor: Actor = { staffId: imp.requestedById, label: imp.requestedByLabel, ip: null, importRunId: id };
  return attempt(
    attempts,
    (progressed) => importChunks(id, imp, actor, opts, progressed),
    (failure) => finish(id, actor, "FAILED", failure),
  );
}

/** Another worker committed the chunk (or took the run over): this one rolls its chunk back and leaves. */
class TakenOver extends Error {}

type Stored = {
  id: string;
  size: number;
  encoding: string;
  delimiter: string;
  entity: string;
  committedRows: number;
  invite: boolean;
  requestedById: string | null;
};

async function importChunks(
  id: string,
  imp: Stored,
  actor: Actor,
  opts: RunOptions,
  progressed: () => void,
): Promise<"done" | "cancelled" | "failed" | "skipped"> {
  const { parsed, evaluate } = await openUpload(await parseStored(imp), imp.entity);
  const chunkRows = opts.chunkRows ?? CHUNK_ROWS;
  let committed = imp.committedRows;
  let chunkNo = Math.ceil(committed / chunkRows);
  let done = 0;
  for await (const chunk of chunksOf(parsed.records, chunkRows, committed)) {
    if (opts.crashAfterChunks !== undefined && done >= opts.crashAfterChunks) throw new Error("simulated crash");
    if (!(await staffMayStill(imp.requestedById, RUN_PERMISSIONS)))
      return finish(id, actor, "FAILED", { reason: "forbidden" });
    const state = await prisma.csvImport.findUniqueOrThrow({ where: { id }, select: { cancelRequested: true } });
    if (state.cancelRequested) return finish(id, actor, "CANCELLED");
    const outcomes = await evaluate(chunk);
    const last = chunk[chunk.length - 1]!.row;
    const written = await transaction(
      async (tx) => {
        const { counts, errors } = await writeChunk(tx, actor, id, outcomes, imp.invite);
        const moved = await tx.csvImport.updateMany({
          where: { id, committedRows: committed, status: "RUNNING" },
          data: {
            committedRows: last + 1,
            heartbeatAt: new Date(),
            attempts: 1,
            created: { increment: counts.created },
            updated: { increment: counts.updated },
            unchanged: { increment: counts.unchanged },
            errors: { increment: counts.errors },
          },
        });
        // another worker committed this chunk (or the run was taken over): roll this one back
        if (moved.count === 0) throw new TakenOver();
        await tx.csvImportChunk.create({ data: { importId: id, chunk: chunkNo, lastRow: last } });
        await storeRowErrors(tx, id, "import", errors);
      },
      { timeout: 600_000, maxWait: 30_000 },
    ).then(
      () => true,
      (e: unknown) => {
        if (e instanceof TakenOver) return false;
        throw e;
      },
    );
    // the run is another worker's now: this one leaves it to them
    if (!written) return "skipped";
    committed = last + 1;
    chunkNo++;
    done++;
    progressed();
  }
  return finish(id, actor, "DONE");
}

const ENDED = { DONE: "done", CANCELLED: "cancelled", FAILED: "failed" } as const;

/** Ends the run, with its audit entry and the requester's e-mail; a failed one with its reason. */
async function finish<S extends keyof typeof ENDED>(
  id: string,
  actor: Actor,
  status: S,
  failure?: Failure,
): Promise<(typeof ENDED)[S]> {
  await transaction(async (tx) => {
    const row = await tx.csvImport.update({
      where: { id },
      data: { status, finishedAt: new Date(), failure: failure?.reason ?? null },
      select: { created: true, updated: true, unchanged: true, errors: true, committedRows: true, fileName: true },
    });
    await recordAudit(tx, actor, {
      entity: "csv-import",
      entityId: id,
      action: status === "DONE" ? "import" : status === "FAILED" ? "fail" : "end",
      after: {
        status,
        ...(failure && { reason: failure.reason, error: failure.detail?.slice(0, 500) }),
        read: row.committedRows,
        created: row.created,
        updated: row.updated,
        unchanged: row.unchanged,
        errors: row.errors,
      },
    });
    await notifyRequester(tx, id);
  });
  return ENDED[status];
}
