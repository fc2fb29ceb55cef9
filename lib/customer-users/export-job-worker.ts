import "server-only";

import PgBoss from "pg-boss";

import { outageLog } from "@/lib/db-outage";
import { startQueueSweep } from "@/lib/queue-sweep";
import { scheduledJob, type JobStart } from "@/lib/scheduled-job";

import { failExportJob, runExportJob } from "./export-job-run";
import { purgeExpiredExports } from "./export-jobs";

export const EXPORT_QUEUE = "customer-user-export";
export const EXPORT_PURGE_QUEUE = "customer-user-export-purge";

export type ExportWorkerOptions = JobStart & {
  /** how often requested, not yet dispatched jobs are handed to the queue */
  sweepSeconds?: number;
  pollingIntervalSeconds?: number;
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** rows a statement reads (and a chunk holds) */
  batch?: number;
};

/**
 * Runs export jobs on pg-boss. A request writes the job's row; the sweeper claims undispatched rows
 * and creates their queue jobs in one transaction (as the mail outbox does), so each export is
 * handed to the queue once however many workers run. A run that dies with its worker is retried
 * by the queue and resumes after its last committed chunk; the last failed attempt marks it failed.
 */
export async function startExportWorker(opts: ExportWorkerOptions) {
  const log = opts.log ?? ((line: string) => console.log(`[export] ${line}`));
  const outage = opts.outage ?? outageLog(log);
  const boss = new PgBoss({ connectionString: opts.connectionString, max: 2 });
  // a stopping worker ends its run between two batches; the queue retries the job, which resumes there
  const stopping = new AbortController();
  boss.on("error", (e) => outage.failure(e, "queue error"));
  try {
    await boss.start();
    await boss.createQueue(EXPORT_QUEUE, {
      name: EXPORT_QUEUE,
      policy: "stately",
      retryLimit: opts.retryLimit ?? 3,
      retryDelay: opts.retryDelaySeconds ?? 10,
      // a stalled run is given up on (and retried) after this long; a healthy one writes 100,000 rows in seconds
      expireInSeconds: 30 * 60,
    });
    await boss.work<{ id: string }>(
      EXPORT_QUEUE,
      { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 1 },
      async ([job]) => {
        if (!job) return;
        let outcome;
        try {
          outcome = await runExportJob(job.data.id, { batch: opts.batch, signal: stopping.signal });
        } catch (e) {
          if (job.retryCount >= job.retryLimit) {
            log(`export ${job.data.id} given up: ${(e as Error).message}`);
            await failExportJob(job.data.id, "error");
          }
          throw e;
        }
        if (outcome === "interrupted") throw new Error("the worker stopped; the export resumes on the next attempt");
        if (outcome !== "skipped") log(`export ${job.data.id} ${outcome}`);
      },
    );
  } catch (e) {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    throw e;
  }

  const sweeper = startQueueSweep({
    boss,
    queue: EXPORT_QUEUE,
    seconds: opts.sweepSeconds ?? 1,
    outage,
    what: "export",
    connectionString: opts.connectionString,
    claim: `UPDATE "ExportJob" SET "dispatchedAt" = now()
      WHERE id IN (SELECT id FROM "ExportJob" WHERE status = 'QUEUED' AND "dispatchedAt" IS NULL
                   ORDER BY "createdAt" LIMIT 50 FOR UPDATE SKIP LOCKED)
      RETURNING id`,
  });

  const stop = () => {
    stopping.abort();
    return sweeper.stop();
  };
  return { sweep: sweeper.sweep, stop };
}

/** Every hour, on pg-boss (one worker runs each occurrence): files past their expiry are deleted. */
export const startExportPurgeJob = scheduledJob({
  queue: EXPORT_PURGE_QUEUE,
  cron: "25 * * * *",
  name: "export-purge",
  run: async (log) => {
    const purged = await purgeExpiredExports();
    if (purged) log(`${purged} expired export files deleted`);
  },
});
