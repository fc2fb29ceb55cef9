// npm start: [embedded PostgreSQL 17 when DATABASE_URL is unset] -> prisma migrate deploy -> demo seed
// (once, on an empty database) -> next build (when stale) -> next start + the e-mail worker (WORKER=0
// leaves it out, for instances whose worker runs as `npm run worker`). Ctrl-C / SIGTERM stops all.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { bin, buildIsStale, log, printDemoLogins, run, staffCount } from "./lib/common.mjs";
import { ensureDatabase, startEmbeddedPostgres } from "./lib/embedded-pg.mjs";

const t0 = Date.now();
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
let db = null;
let next = null;
let worker = null;
let stopping = false;

async function stopChild(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  await new Promise((r) => { child.once("exit", r); setTimeout(r, 10000).unref(); });
}

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  await Promise.all([stopChild(next), stopChild(worker)]);
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
  next = spawn(bin("next"), ["start", "-p", port, ...(env.HOSTNAME ? ["-H", env.HOSTNAME] : [])], { stdio: "inherit", env });
  next.on("exit", (code, sig) => { if (!stopping) { log(`next exited (${sig ?? code})`); shutdown(code ?? 1); } });
  if (env.WORKER !== "0") {
    worker = spawn(bin("tsx"), ["--conditions=react-server", "scripts/worker.ts"], { stdio: "inherit", env });
    worker.on("exit", (code, sig) => { if (!stopping) { log(`worker exited (${sig ?? code})`); shutdown(code ?? 1); } });
  }
  log(`ready in ${((Date.now() - t0) / 1000).toFixed(1)}s on http://localhost:${port}`);
  printDemoLogins(`http://localhost:${port}`);
} catch (e) {
  console.error(`[concierge] ${e.message}`);
  await shutdown(1);
}
