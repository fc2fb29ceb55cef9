import "server-only";

import PgBoss from "pg-boss";

import { prisma } from "@/lib/db";
import { outageLog } from "@/lib/db-outage";
import { Prisma } from "@/lib/generated/prisma/client";
import { startQueueSweep } from "@/lib/queue-sweep";
import { scheduledJob, type JobStart } from "@/lib/scheduled-job";

import { runImport, STALE_SECONDS } from "./run";
import { purgeExpiredImports } from "./service";
import { runUndo } from "./undo";

export const IMPORT_QUEUE = "csv-import";
export const IMPORT_UNDO_QUEUE = "csv-import-undo";
export const IMPORT_PURGE_QUEUE = "csv-import-purge";

/**
 * Runs imports on pg-boss. A sweep hands each queued run, and each running one whose worker stopped
 * beating (a restart), to the queue, once per run (singleton key); the run itself continues after
 * its last committed chunk, so a retry or a second worker never imports a row twice. Undos go the
 * same way on a queue of their own.
 */
export async function startImportWorker(opts: JobStart & { sweepSeconds?: number }) {
  const log = opts.log ?? ((line: string) => console.log(`[csv-import] ${line}`));
  const outage = opts.outage ?? outageLog(log);
  const boss = new PgBoss({ connectionString: opts.connectionString, max: 2 });
  boss.on("error", (e) => outage.failure(e, "queue error"));
  try {
    await boss.start();
    await boss.createQueue(IMPORT_QUEUE, { name: IMPORT_QUEUE, policy: "short", retryLimit: 5, retryDelay: 10 });
    await boss.work<{ id: string }>(IMPORT_QUEUE, { pollingIntervalSeconds: 1 }, async ([job]) => {
      const result = await runImport(job!.data.id);
      if (result !== "skipped") log(`import ${job!.data.id} ${result}`);
    });
    await boss.createQueue(IMPORT_UNDO_QUEUE, {
      name: IMPORT_UNDO_QUEUE,
      policy: "short",
      retryLimit: 5,
      retryDelay: 10,
    });
    await boss.work<{ id: string }>(IMPORT_UNDO_QUEUE, { pollingIntervalSeconds: 1 }, async ([job]) => {
      const result = await runUndo(job!.data.id);
      if (result !== "skipped") log(`undo of import ${job!.data.id} ${result}`);
    });
  } catch (e) {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    throw e;
  }
  const stale = Prisma.sql`"heartbeatAt" IS NULL OR "heartbeatAt" < now() - make_interval(secs => ${STALE_SECONDS})`;
  const due = async (where: Prisma.Sql) =>
    (await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "CsvImport" WHERE ${where}`).map((r) => r.id);
  const seconds = opts.sweepSeconds ?? 1;
  const imports = startQueueSweep({
    boss,
    queue: IMPORT_QUEUE,
    seconds,
    outage,
    what: "import",
    due: () => due(Prisma.sql`status = 'QUEUED' OR (status = 'RUNNING' AND (${stale}))`),
  });
  // the queue itself is stopped by the first sweep's stop
  const undos = startQueueSweep({
    boss,
    queue: IMPORT_UNDO_QUEUE,
    seconds,
    outage,
    what: "undo",
    due: () => due(Prisma.sql`"undoStatus" = 'QUEUED' OR ("undoStatus" = 'RUNNING' AND (${stale}))`),
  });
  return {
    stop: async () => {
      await undos.pause();
      await imports.stop();
    },
  };
}

/** Daily: runs past the kept period are deleted with their files, reports and undo data. */
export const startImportPurgeJob = scheduledJob({
  queue: IMPORT_PURGE_QUEUE,
  cron: "45 3 * * *",
  name: "csv-import-purge",
  run: async (log) => {
    const purged = await purgeExpiredImports();
    if (purged) log(`${purged} imports past their kept period removed`);
  },
});
