import "server-only";

import pg from "pg";
import type PgBoss from "pg-boss";

import type { OutageLog } from "./db-outage";

/** How a sweep finds the ids that are due. */
export type DueIds =
  /** the ids due now; each is sent keyed by its id, so one already waiting in the queue is not queued again */
  | { due: () => Promise<string[]> }
  /**
   * an `UPDATE … SET "dispatchedAt" = now() … RETURNING id` that claims undispatched rows: it and the
   * sends commit in one transaction, on a connection of the sweep's own, so each row is sent once
   * however many workers sweep
   */
  | { claim: string; connectionString: string };

export type QueueSweepOptions = DueIds & {
  boss: PgBoss;
  queue: string;
  seconds: number;
  outage: OutageLog;
  /** what the sweep hands out, for the log ("import", "message") */
  what: string;
};

/**
 * Every `seconds`, hands the due ids to a pg-boss queue, once per id. One sweep runs at a time, so
 * attempts do not pile up while PostgreSQL is unreachable; a failure is logged once per outage (and
 * the recovery after it). `stop` waits for a running sweep, closes what the sweep opened, then stops
 * the queue gracefully (running jobs finish, within 10 s).
 */
export function startQueueSweep(opts: QueueSweepOptions) {
  const { boss, queue, outage } = opts;
  const pool =
    "claim" in opts
      ? // an unreachable host fails the sweep after 10 s instead of holding it (and the next ones) for minutes
        new pg.Pool({ connectionString: opts.connectionString, max: 1, connectionTimeoutMillis: 10_000 })
      : null;
  // an idle connection PostgreSQL closes (restart, failover) is dropped by the pool; the next sweep opens another
  pool?.on("error", (e) => outage.failure(e, "sweeper connection error"));
  // and one closed while a sweep holds it between queries reports on the connection: never unhandled
  pool?.on("connect", (client) => client.on("error", (e) => outage.failure(e, "sweeper connection error")));

  async function claimAndSend(p: pg.Pool, claim: string): Promise<number> {
    const client = await p.connect();
    try {
      await client.query("BEGIN");
      const { rows } = await client.query<{ id: string }>(claim);
      const db = { executeSql: (text: string, values: unknown[]) => client.query(text, values) };
      for (const { id } of rows) await boss.send(queue, { id }, { singletonKey: id, db });
      await client.query("COMMIT");
      return rows.length;
    } catch (e) {
      await client.query("ROLLBACK").catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }

  async function sweep(): Promise<number> {
    let sent: number;
    if ("claim" in opts) sent = await claimAndSend(pool!, opts.claim);
    else {
      const ids = await opts.due();
      for (const id of ids) await boss.send(queue, { id }, { singletonKey: id });
      sent = ids.length;
    }
    outage.recovered();
    return sent;
  }

  let sweeping: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    sweeping ??= sweep()
      .catch((e: unknown) => outage.failure(e, `${opts.what} sweep failed`))
      .finally(() => (sweeping = null));
  }, opts.seconds * 1000);

  /** Stops sweeping (waiting for a running sweep) and closes the sweep's connection; the queue runs on. */
  async function pause() {
    clearInterval(timer);
    await sweeping;
    await pool?.end().catch(() => {});
  }
  return {
    sweep,
    pause,
    stop: async () => {
      await pause();
      await boss
        .stop({ graceful: true, wait: true, timeout: 10_000 })
        .catch((e: unknown) => outage.failure(e, "stopping the queue"));
    },
  };
}
