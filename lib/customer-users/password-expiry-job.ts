import "server-only";

import PgBoss from "pg-boss";

import { outageLog, type OutageLog } from "@/lib/db-outage";
import { deleteEndedSessions } from "@/lib/identity/session-store";

import { runPasswordExpiry } from "./password-expiry";

export const PASSWORD_EXPIRY_QUEUE = "customer-password-expiry";

/**
 * Schedules the daily password expiry pass (and the clean-up of ended sign-in sessions) on pg-boss: the schedule lives in PostgreSQL, so with
 * several workers one of them runs it; the run itself is idempotent, so a retry does no harm.
 */
export async function startPasswordExpiryJob(opts: {
  connectionString: string;
  cron?: string;
  log?: (line: string) => void;
  outage?: OutageLog;
}) {
  const log = opts.log ?? ((line: string) => console.log(`[password-expiry] ${line}`));
  const outage = opts.outage ?? outageLog(log);
  const boss = new PgBoss({ connectionString: opts.connectionString, max: 2 });
  boss.on("error", (e) => outage.failure(e, "queue error"));
  try {
    await boss.start();
    await boss.createQueue(PASSWORD_EXPIRY_QUEUE, {
      name: PASSWORD_EXPIRY_QUEUE,
      policy: "singleton",
      retryLimit: 3,
      retryDelay: 300,
    });
    await boss.schedule(PASSWORD_EXPIRY_QUEUE, opts.cron ?? "15 3 * * *", {}, { tz: "UTC" });
    await boss.work(PASSWORD_EXPIRY_QUEUE, async () => {
      const { expired, reminded } = await runPasswordExpiry();
      if (expired || reminded) log(`${expired} passwords expired, ${reminded} reminders queued`);
      // the same daily pass clears sign-in sessions that ended or expired days ago (both realms)
      const removed = await deleteEndedSessions();
      if (removed) log(`${removed} ended sign-in sessions removed`);
    });
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
