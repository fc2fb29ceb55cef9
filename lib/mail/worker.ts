import "server-only";
import PgBoss from "pg-boss";
import pg from "pg";
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
};

/**
 * Delivers the outbox through pg-boss. The sweeper claims undispatched QUEUED rows and creates
 * their jobs in one transaction, so a message is handed to the queue exactly once however many
 * workers run; the "stately" queue keyed by message id keeps a second job from queueing beside it.
 */
export async function startMailWorker(opts: MailWorkerOptions) {
  const log = opts.log ?? ((line: string) => console.log(`[mail] ${line}`));
  const boss = new PgBoss({ connectionString: opts.connectionString, max: 3 });
  boss.on("error", (e) => log(`queue error: ${e.message}`));
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
          const result = await deliverEmail(job.data.id, opts.transport, { lastAttempt: job.retryCount >= job.retryLimit });
          if (result === "failed") log(`gave up on message ${job.data.id} after ${job.retryCount + 1} attempts`);
        } catch (e) {
          // failed on its own, so only this message is retried; the batch's others complete
          await boss.fail(MAIL_QUEUE, job.id, { message: (e as Error).message });
        }
      }
    },
  );

  const pool = new pg.Pool({ connectionString: opts.connectionString, max: 1 });
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
      return rows.length;
    } catch (e) {
      await client.query("ROLLBACK").catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }

  let sweeping: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    sweeping = sweep().catch((e: Error) => log(`sweep failed: ${e.message}`));
  }, (opts.sweepSeconds ?? 3) * 1000);

  async function stop() {
    clearInterval(timer);
    await sweeping;
    await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    await pool.end();
  }
  return { sweep, stop };
}
