import "server-only";

import PgBoss from "pg-boss";

import { outageLog, type OutageLog } from "@/lib/db-outage";
import { startQueueSweep } from "@/lib/queue-sweep";

import { deliverEmail, type MailTransport } from "./delivery";

export const MAIL_QUEUE = "mail-deliver";
const BATCH_SIZE = 20;

export type MailWorkerOptions = {
  connectionString: string;
  transport: MailTransport | null;
  /** how often committed, not yet dispatched messages are handed to the queue */
  sweepSeconds?: number;
  retryLimit?: number;
  /** the first retry waits this long; each further one about twice as long (retryBackoff) */
  retryDelaySeconds?: number;
  pollingIntervalSeconds?: number;
  log?: (line: string) => void;
  /** shared by the worker process's jobs, so a database outage is logged once, not per job */
  outage?: OutageLog;
};

/**
 * Delivers the outbox through pg-boss. The sweeper claims undispatched QUEUED rows and creates
 * their jobs in one transaction, so a message is handed to the queue exactly once however many
 * workers run; the "stately" queue keyed by message id keeps a second job from queueing beside it.
 * Once started it rides out a database outage: pg-boss polls on, the sweeper tries every interval,
 * and both pools reconnect when PostgreSQL is back.
 */
export async function startMailWorker(opts: MailWorkerOptions) {
  const log = opts.log ?? ((line: string) => console.log(`[mail] ${line}`));
  const outage = opts.outage ?? outageLog(log);
  const boss = new PgBoss({ connectionString: opts.connectionString, max: 3 });
  boss.on("error", (e) => outage.failure(e, "queue error"));
  try {
    await boss.start();
    await boss.createQueue(MAIL_QUEUE, {
      name: MAIL_QUEUE,
      policy: "stately",
      retryLimit: opts.retryLimit ?? 6,
      retryDelay: opts.retryDelaySeconds ?? 30,
      retryBackoff: true,
    });
    await boss.work<{ id: string }>(
      MAIL_QUEUE,
      // pg-boss fetches one batch per polling interval: a batch of one would deliver one message per interval
      { includeMetadata: true, batchSize: BATCH_SIZE, pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2 },
      async (jobs) => {
        for (const job of jobs) {
          try {
            const result = await deliverEmail(job.data.id, opts.transport, {
              lastAttempt: job.retryCount >= job.retryLimit,
            });
            if (result === "failed") log(`gave up on message ${job.data.id} after ${job.retryCount + 1} attempts`);
          } catch (e) {
            // failed on its own, so only this message is retried; the batch's others complete
            await boss.fail(MAIL_QUEUE, job.id, { message: (e as Error).message });
          }
        }
      },
    );
  } catch (e) {
    // a queue that started but failed to set up keeps its loops and connections: stop it, so a retry starts clean
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    throw e;
  }

  const sweeper = startQueueSweep({
    boss,
    queue: MAIL_QUEUE,
    seconds: opts.sweepSeconds ?? 3,
    outage,
    what: "message",
    connectionString: opts.connectionString,
    claim: `UPDATE "EmailMessage" SET "dispatchedAt" = now()
      WHERE id IN (SELECT id FROM "EmailMessage" WHERE status = 'QUEUED' AND "dispatchedAt" IS NULL
                   ORDER BY "createdAt" LIMIT 200 FOR UPDATE SKIP LOCKED)
      RETURNING id`,
  });

  return { sweep: sweeper.sweep, stop: sweeper.stop };
}
