import "server-only";

import pg from "pg";
import PgBoss from "pg-boss";

import { outageLog, type OutageLog } from "@/lib/db-outage";

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

  // an unreachable host fails the sweep after 10 s instead of holding it (and the next ones) for minutes
  const pool = new pg.Pool({ connectionString: opts.connectionString, max: 1, connectionTimeoutMillis: 10_000 });
  // an idle connection PostgreSQL closes (restart, failover) is dropped by the pool; the next sweep opens another
  pool.on("error", (e) => outage.failure(e, "sweeper connection error"));
  // and one closed while a sweep holds it between queries reports on the connection: never unhandled
  pool.on("connect", (client) => client.on("error", (e) => outage.failure(e, "sweeper connection error")));

  async function sweep(): Promise<number> {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const { rows } = await client.query<{ id: string }>(
        `UPDATE "EmailMessage" SET "dispatchedAt" = now()
         WHERE id IN (SELECT id FROM "EmailMessage" WHERE status = 'QUEUED' AND "dispatchedAt" IS NULL
                      ORDER BY "createdAt" LIMIT 200 FOR UPDATE SKIP LOCKED)
         RETURNING id`,
      );
      const db = { executeSql: (text: string, values: unknown[]) => client.query(text, values) };
      for (const { id } of rows) await boss.send(MAIL_QUEUE, { id }, { singletonKey: id, db });
      await client.query("COMMIT");
      outage.recovered();
      return rows.length;
    } catch (e) {
      await client.query("ROLLBACK").catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }

  // one sweep at a time: while the database is unreachable, attempts must not pile up behind each other
  let sweeping: Promise<unknown> | null = null;
  const timer = setInterval(
    () => {
      sweeping ??= sweep()
        .catch((e: unknown) => outage.failure(e, "sweep failed"))
        .finally(() => (sweeping = null));
    },
    (opts.sweepSeconds ?? 3) * 1000,
  );

  async function stop() {
    clearInterval(timer);
    await sweeping;
    await boss
      .stop({ graceful: true, wait: true, timeout: 10_000 })
      .catch((e: unknown) => outage.failure(e, "stopping the queue"));
    await pool.end().catch(() => {});
  }
  return { sweep, stop };
}
