import "server-only";

import PgBoss from "pg-boss";

import { outageLog, type OutageLog } from "./db-outage";

/** How the worker (or a test) starts a job: the database, and optionally another schedule, log or outage log. */
export type JobStart = { connectionString: string; cron?: string; log?: (line: string) => void; outage?: OutageLog };

/**
 * A periodic job on pg-boss: the schedule lives in PostgreSQL, so with several workers one of them
 * runs each occurrence (a singleton queue), and a failed run is retried, so the work must be idempotent.
 * `name` prefixes its log lines; `cron` (UTC) is the default schedule.
 */
export function scheduledJob(job: {
  queue: string;
  cron: string;
  name: string;
  run: (log: (line: string) => void) => Promise<void>;
}) {
  return (opts: JobStart) => {
    const log = opts.log ?? ((line: string) => console.log(`[${job.name}] ${line}`));
    return startScheduledJob({ ...opts, queue: job.queue, cron: opts.cron ?? job.cron, log, run: () => job.run(log) });
  };
}

type ScheduledJobOptions = {
  connectionString: string;
  queue: string;
  cron: string;
  log: (line: string) => void;
  outage?: OutageLog;
  run: () => Promise<void>;
};

async function startScheduledJob(opts: ScheduledJobOptions) {
  const outage = opts.outage ?? outageLog(opts.log);
  const boss = new PgBoss({ connectionString: opts.connectionString, max: 2 });
  boss.on("error", (e) => outage.failure(e, "queue error"));
  try {
    await boss.start();
    await boss.createQueue(opts.queue, { name: opts.queue, policy: "singleton", retryLimit: 3, retryDelay: 300 });
    await boss.schedule(opts.queue, opts.cron, {}, { tz: "UTC" });
    await boss.work(opts.queue, opts.run);
  } catch (e) {
    // a queue that started but failed to set up keeps its loops and connections: stop it, so a retry starts clean
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    throw e;
  }
  return {
    stop: () =>
      boss
        .stop({ graceful: true, wait: true, timeout: 10_000 })
        .catch((e: unknown) => outage.failure(e, "stopping the queue")),
  };
}
