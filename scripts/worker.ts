// `npm run worker`: the e-mail worker, the CSV export and import jobs (and the purge of old exports and imports), the large bulk changes of customer users, the daily password expiry job and the hourly clean-up of expired OAuth tokens as their own process (`npm start` runs it beside the web server unless WORKER=0).
// It runs with the "react-server" condition, so the server-only modules it shares with the app load here too.
// PostgreSQL going away does not end it: started jobs ride the outage out, a start waits for the
// database (1 s, 2 s ... 30 s apart), and the outage is logged once when it starts and once when it ends.
import { startImportPurgeJob, startImportWorker } from "@/lib/customer-import/job";
import { startBulkRunWorker } from "@/lib/customer-users/bulk-job";
import { startExportPurgeJob, startExportWorker } from "@/lib/customer-users/export-job-worker";
import { startPasswordExpiryJob } from "@/lib/customer-users/password-expiry-job";
import { outageLog, retryWhileDown } from "@/lib/db-outage";
import { env } from "@/lib/env";
import { transportFromEnv } from "@/lib/mail/delivery";
import { startMailWorker } from "@/lib/mail/worker";
import { startTokenCleanupJob } from "@/lib/oauth/token-cleanup-job";

const outage = outageLog((line) => console.log(`[worker] ${line}`));
const shutdown = new AbortController();
const running: { stop(): Promise<unknown> }[] = [];

const jobs = [
  {
    name: "e-mail worker",
    start: () => startMailWorker({ connectionString: env.DATABASE_URL, transport: transportFromEnv(), outage }),
  },
  { name: "export worker", start: () => startExportWorker({ connectionString: env.DATABASE_URL, outage }) },
  { name: "export purge job", start: () => startExportPurgeJob({ connectionString: env.DATABASE_URL, outage }) },
  { name: "password expiry job", start: () => startPasswordExpiryJob({ connectionString: env.DATABASE_URL, outage }) },
  { name: "CSV import worker", start: () => startImportWorker({ connectionString: env.DATABASE_URL, outage }) },
  { name: "CSV import purge job", start: () => startImportPurgeJob({ connectionString: env.DATABASE_URL, outage }) },
  {
    name: "OAuth token clean-up job",
    start: () => startTokenCleanupJob({ connectionString: env.DATABASE_URL, outage }),
  },
  { name: "bulk change worker", start: () => startBulkRunWorker({ connectionString: env.DATABASE_URL, outage }) },
];

const starting = (async () => {
  for (const job of jobs)
    running.push(await retryWhileDown(job.start, outage, shutdown.signal, `starting the ${job.name}`));
  console.log(
    `[mail] worker started (${env.SMTP_URL ? "delivering over SMTP" : "no SMTP_URL: messages stay in the back-office mailbox"})`,
  );
})();
starting.catch((e: unknown) => {
  if (shutdown.signal.aborted) return;
  // not an outage (those are waited out): a fault of this installation; exit, the supervisor says so
  console.error("[worker] could not start:", e);
  process.exit(1);
});

for (const s of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(s, async () => {
    if (shutdown.signal.aborted) return;
    shutdown.abort();
    await starting.catch(() => {});
    await Promise.all(running.map((job) => job.stop()));
    process.exit(0);
  });
}
