// `npm run worker`: the e-mail worker as its own process (`npm start` runs it beside next unless WORKER=0).
// It runs with the "react-server" condition, so the server-only modules it shares with the app load here too.
import { env } from "@/lib/env";
import { transportFromEnv } from "@/lib/mail/delivery";
import { startMailWorker } from "@/lib/mail/worker";

const worker = await startMailWorker({ connectionString: env.DATABASE_URL, transport: transportFromEnv() });
console.log(`[mail] worker started (${env.SMTP_URL ? "delivering over SMTP" : "no SMTP_URL: messages stay in the back-office mailbox"})`);

let stopping = false;
for (const s of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(s, () => {
    if (stopping) return;
    stopping = true;
    worker.stop().then(() => process.exit(0), () => process.exit(1));
  });
}
