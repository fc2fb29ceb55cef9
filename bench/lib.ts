// Plumbing shared by the benchmarks: a database of their own, a production server of the app, a
// back-office session cookie, timing statistics and the result table.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { encode } from "next-auth/jwt";
import pg from "pg";

import { bin, buildIsStale, log, run, staffCount } from "../scripts/lib/common.mjs";
import { ensureDatabase, startEmbeddedPostgres } from "../scripts/lib/embedded-pg.mjs";

export { log, staffCount };

/** Environment of every child process; DATABASE_URL is always set explicitly per child. */
export const baseEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
delete baseEnv.DATABASE_URL;

/** Fixed secret of the benchmark server: its cookies are minted here and never leave localhost. */
export const BENCH_AUTH_SECRET = "bench-secret-not-for-production-0123456789";
const STAFF_SESSION_COOKIE = "concierge-staff.session-token";

// ---------------------------------------------------------------------------
// Cleanup: on success, on failure and on Ctrl-C / SIGTERM
// ---------------------------------------------------------------------------

const cleanups: (() => Promise<unknown>)[] = [];
let cleaning: Promise<void> | null = null;

/** Registers a step to undo at the end; steps run in reverse order of registration. */
export function onCleanup(step: () => Promise<unknown>): void {
  cleanups.unshift(step);
}

export function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const step of cleanups) await step().catch(() => {});
  })();
  return cleaning;
}

let stopSignal: NodeJS.Signals | null = null;
/** True once Ctrl-C / SIGTERM arrived: failures after it are the interruption, not findings. */
export const interrupted = () => stopSignal !== null;

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopSignal) return;
    stopSignal = signal;
    log(`${signal}: stopping`);
    void cleanup().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------
// Database
// ---------------------------------------------------------------------------

/**
 * A fresh (or, with `fresh: false`, the kept), migrated and demo-seeded database `name`: on the server of BENCH_DATABASE_URL when set,
 * otherwise on an embedded PostgreSQL 17 (.data/pg-bench, port 54349 unless `port` says otherwise)
 * that is stopped at the end.
 */
export async function freshDatabase(
  name: string,
  { port = 54349, dir = ".data/pg-bench", fresh = true } = {},
): Promise<string> {
  let server = process.env.BENCH_DATABASE_URL;
  if (!server) {
    if (await portInUse(port))
      throw new Error(`port ${port} is in use: stop what listens there, or set BENCH_DATABASE_URL`);
    mkdirSync(".data", { recursive: true });
    const db = await startEmbeddedPostgres({ dir, port });
    onCleanup(() => db.pg.stop());
    log(`embedded PostgreSQL 17 on port ${port} (data in ${dir})`);
    server = db.url("postgres");
  }
  const url = await ensureDatabase(server, name, { fresh });
  const env = { ...baseEnv, DATABASE_URL: url };
  await run(bin("prisma"), ["migrate", "deploy"], { env, quiet: true });
  // the demo seed runs once per database (a kept one has its staff already)
  if (fresh || (await staffCount(url)) === 0) await run(bin("tsx"), ["prisma/seed.ts"], { env, quiet: true });
  return url;
}

/** A connected client; a dropped connection fails its pending query instead of the process. */
export async function connect(url: string): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url });
  c.on("error", () => {});
  await c.connect();
  return c;
}

export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = await connect(url);
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

// ---------------------------------------------------------------------------
// App server
// ---------------------------------------------------------------------------

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.setTimeout(1000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * Builds the app when the build is older than its sources. A `next build` running at the same time
 * in this folder makes ours fail: wait, then build again unless the other one left a current build.
 */
export async function ensureBuild(): Promise<void> {
  for (let attempt = 1; buildIsStale(); attempt++) {
    try {
      await run(bin("next"), ["build"], { env: baseEnv, quiet: true });
    } catch (e) {
      if (attempt >= 4) throw e;
      log(`${(e as Error).message}; retrying in 30s`);
      await sleep(30_000);
    }
  }
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 5000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** The app's server (scripts/serve.mjs, as `npm start` runs it) on 127.0.0.1:`port`, stopped at the end; resolves with its base URL once it serves pages. */
export async function startServer(port: number, databaseUrl: string): Promise<string> {
  if (await portInUse(port)) throw new Error(`port ${port} is in use`);
  const base = `http://127.0.0.1:${port}`;
  const env = { ...baseEnv, DATABASE_URL: databaseUrl, AUTH_SECRET: BENCH_AUTH_SECRET, APP_URL: base };
  // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof": a CPU profile of the server alone
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, "scripts/serve.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    env,
  });
  onCleanup(() => stopProcess(child));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the server exited (${child.signalCode ?? child.exitCode})`);
    try {
      const res = await fetch(`${base}/admin/login`, { signal: AbortSignal.timeout(5000) });
      await res.text();
      if (res.status === 200) return base;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`the server did not answer on ${base}/admin/login within 60s`);
}

/** A `Cookie` header with a valid back-office session of `email`, as a sign-in would set it. */
export async function staffCookie(databaseUrl: string, email: string): Promise<string> {
  const user = await withClient(
    databaseUrl,
    async (c) =>
      (
        await c.query<{ id: string; sessionVersion: number }>(
          'SELECT id, "sessionVersion" FROM "StaffUser" WHERE email = $1',
          [email],
        )
      ).rows[0],
  );
  if (!user) throw new Error(`no back-office user ${email}`);
  // a token is only a bearer for a live session row: open one, as signing in does
  const sid = randomUUID();
  await withClient(databaseUrl, (c) =>
    c.query(
      `INSERT INTO "AuthSession" (id, "staffUserId", "createdAt", "lastSeenAt", "expiresAt") VALUES ($1, $2, now(), now(), now() + interval '1 hour')`,
      [sid, user.id],
    ),
  );
  const token = await encode({
    token: { sub: user.id, sv: user.sessionVersion, sid, email },
    secret: BENCH_AUTH_SECRET,
    salt: STAFF_SESSION_COOKIE,
    maxAge: 3600,
  });
  return `${STAFF_SESSION_COOKIE}=${token}`;
}

// ---------------------------------------------------------------------------
// Timing and output
// ---------------------------------------------------------------------------

/** Runs `fn` `warmup` times untimed, then `runs` times; returns the durations in milliseconds. */
export async function timeRuns(warmup: number, runs: number, fn: () => Promise<void>): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export const ms = (v: number) => v.toFixed(1);

/** A plain-text table: first column left-aligned, the others right-aligned. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ");
  const rule = widths.map((w) => "-".repeat(w)).join("-|-");
  return [line(header), rule, ...rows.map(line)].join("\n");
}

/** Runs a benchmark's main, then stops what it started; exits 130 when interrupted, 1 when it failed. */
export async function runBench(main: () => Promise<void>): Promise<never> {
  let code = 0;
  try {
    await main();
  } catch (e) {
    if (!interrupted()) console.error(`[concierge] ${(e as Error).message}`);
    code = interrupted() ? 130 : 1;
  }
  await cleanup();
  process.exit(code);
}

/** Resident and peak resident memory of a process, in MB (Linux: reads /proc). */
export function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}
