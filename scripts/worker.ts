// `npm run worker`: the e-mail worker and the daily password expiry job as their own process (`npm start` runs it beside next unless WORKER=0).
// It runs with the "react-server" condition, so the server-only modules it shares with the app load here too.
import { env } from "@/lib/env";
import { transportFromEnv } from "@/lib/mail/delivery";
import { startMailWorker } from "@/lib/mail/worker";
import { startPasswordExpiryJob } from "@/lib/customer-users/password-expiry-job";

const worker = await startMailWorker({ connectionString: env.DATABASE_URL, transport: transportFromEnv() });
const passwordExpiry = await startPasswordExpiryJob({ connectionString: env.DATABASE_URL });
console.log(`[mail] worker started (${env.SMTP_URL ? "delivering over SMTP" : "no SMTP_URL: messages stay in the back-office mailbox"})`);

let stopping = false;
for (const s of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(s, () => {
    if (stopping) return;
    stopping = true;
    Promise.all([worker.stop(), passwordExpiry.stop()]).then(() => process.exit(0), () => process.exit(1));
  });
}
