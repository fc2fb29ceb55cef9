// npm start: [embedded PostgreSQL 17 when DATABASE_URL is unset] -> prisma migrate deploy -> demo seed
// (once, on an empty database) -> next build (when stale) -> the web server (scripts/serve.mjs) + the
// e-mail worker (WORKER=0 leaves it out, for instances whose worker runs as `npm run worker`).
// Each of the two is started again when it dies (1 s, 2 s ... 30 s apart), and neither takes the other
// down. Ctrl-C / SIGTERM stops both, then the embedded database, and exits 0.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

import { bin, buildIsStale, log, printDemoLogins, run, staffCount } from "./lib/common.mjs";
import { ensureDatabase, startEmbeddedPostgres } from "./lib/embedded-pg.mjs";
import { supervise } from "./lib/supervise.mjs";
import { workerCommand } from "./lib/worker-command.mjs";

const t0 = Date.now();
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
let db = null;
const children = [];
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  await Promise.all(children.map((c) => c.stop()));
  if (db) await db.pg.stop().catch(() => {});
  process.exit(code);
}
for (const s of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(s, () => shutdown(0));

try {
  mkdirSync(".data", { recursive: true });
  if (!env.DATABASE_URL) {
    const port = Number(env.PGPORT ?? 54329);
    db = await startEmbeddedPostgres({ dir: ".data/postgres", port });
    env.DATABASE_URL = await ensureDatabase(db.url("postgres"), "concierge");
    log(`embedded PostgreSQL 17 on port ${port} (data in .data/postgres)`);
  }
  if (!env.AUTH_SECRET) {
    // one generated secret, kept for the next start; several instances must share one (see README)
    const f = ".data/auth-secret";
    if (!existsSync(f)) writeFileSync(f, randomBytes(32).toString("base64url"), { mode: 0o600 });
    env.AUTH_SECRET = readFileSync(f, "utf8").trim();
  }
  await run(bin("prisma"), ["migrate", "deploy"], { env, quiet: true });
  if ((await staffCount(env.DATABASE_URL)) === 0) await run(bin("tsx"), ["prisma/seed.ts"], { env });
  if (buildIsStale()) await run(bin("next"), ["build"], { env });
  if (stopping) await new Promise(() => {});
  const port = env.PORT ?? "3000";
  const serveArgs = ["scripts/serve.mjs", "-p", port, ...(env.HOSTNAME ? ["-H", env.HOSTNAME] : [])];
  children.push(supervise("the web server", process.execPath, serveArgs, { env, log }));
  if (env.WORKER !== "0") {
    const worker = workerCommand(env);
    children.push(supervise("the e-mail worker", worker.cmd, worker.args, { env: worker.env, log }));
  }
  log(`ready in ${((Date.now() - t0) / 1000).toFixed(1)}s on http://localhost:${port}`);
  printDemoLogins(`http://localhost:${port}`);
} catch (e) {
  console.error(`[concierge] ${e.message}`);
  await shutdown(1);
}
