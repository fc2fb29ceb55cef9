import "server-only";

import PgBoss from "pg-boss";

import { prisma } from "@/lib/db";
import { outageLog } from "@/lib/db-outage";
import { startQueueSweep } from "@/lib/queue-sweep";
import { scheduledJob, type JobStart } from "@/lib/scheduled-job";

import { runImport, STALE_SECONDS } from "./run";
import { purgeExpiredImports } from "./service";

export const IMPORT_QUEUE = "csv-import";
export const IMPORT_PURGE_QUEUE = "csv-import-purge";

/**
 * Runs imports on pg-boss. A sweep hands each queued run, and each running one whose worker stopped
 * beating (a restart), to the queue, once per run (singleton key); the run itself continues after
 * its last committed chunk, so a retry or a second worker never imports a row twice.
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
  } catch (e) {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    throw e;
  }
  const sweeper = startQueueSweep({
    boss,
    queue: IMPORT_QUEUE,
    seconds: opts.sweepSeconds ?? 1,
    outage,
    what: "import",
    due: async () =>
      (
        await prisma.$queryRaw<{ id: string }[]>`
          SELECT id FROM "CsvImport" WHERE status = 'QUEUED'
             OR (status = 'RUNNING' AND ("heartbeatAt" IS NULL OR "heartbeatAt" < now() - make_interval(secs => ${STALE_SECONDS})))`
      ).map((r) => r.id),
  });
  return { stop: sweeper.stop };
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
