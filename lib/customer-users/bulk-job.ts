import "server-only";

import PgBoss from "pg-boss";

import { outageLog, type OutageLog } from "@/lib/db-outage";
import { startQueueSweep } from "@/lib/queue-sweep";

import { unfinishedBulkRuns, workBulkRun } from "./bulk";

export const BULK_QUEUE = "customer-user-bulk";

export type BulkWorkerOptions = {
  connectionString: string;
  /** how often unfinished runs are handed to the queue */
  sweepSeconds?: number;
  log?: (line: string) => void;
  outage?: OutageLog;
};

/**
 * Works off the large bulk runs on pg-boss. A sweep hands every unfinished run to the queue, keyed
 * by its id on a "stately" queue, so a run is worked by one worker at a time however many run, and
 * one left half done by a stopped worker is picked up again where its progress stands.
 */
export async function startBulkRunWorker(opts: BulkWorkerOptions) {
  const log = opts.log ?? ((line: string) => console.log(`[bulk] ${line}`));
  const outage = opts.outage ?? outageLog(log);
  const boss = new PgBoss({ connectionString: opts.connectionString, max: 2 });
  boss.on("error", (e) => outage.failure(e, "queue error"));
  try {
    await boss.start();
    await boss.createQueue(BULK_QUEUE, { name: BULK_QUEUE, policy: "stately", retryLimit: 5, retryDelay: 10 });
    await boss.work<{ id: string }>(BULK_QUEUE, { pollingIntervalSeconds: 1 }, async ([job]) => {
      if (job) await workBulkRun(job.data.id);
    });
  } catch (e) {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    throw e;
  }
  const sweeper = startQueueSweep({
    boss,
    queue: BULK_QUEUE,
    seconds: opts.sweepSeconds ?? 2,
    outage,
    what: "bulk run",
    due: () => unfinishedBulkRuns(),
  });
  return { stop: sweeper.stop };
}
