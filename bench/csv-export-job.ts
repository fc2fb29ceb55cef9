// npm run bench:csv-export-job: the demo seed plus seed:large (100,000 customer users) in a fresh
// database, then the worker process (scripts/worker.ts, as `npm run worker` runs it) exports all of
// them as a job, users and then addresses. Prints the time from request to done, the worker's
// resident memory when the job had written 10,000 and 100,000 users, and its peak (VmHWM).
// Embedded PostgreSQL 17 (.data/pg-bench-export, port BENCH_PGPORT or 54439) unless
// BENCH_DATABASE_URL names a server. Linux only (reads /proc).
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";

import { workerCommand } from "../scripts/lib/worker-command.mjs";
import { LARGE_USERS, seedLarge } from "../scripts/seed-large";
import { baseEnv, formatTable, freshDatabase, log, memory, onCleanup, runBench, withClient } from "./lib";

const PORT = Number(process.env.BENCH_PGPORT ?? 54439);

function startWorker(url: string) {
  // started as `npm start` starts it (its heap cap WORKER_MAX_HEAP_MB): node itself, so this pid is the worker
  const { cmd, args, env } = workerCommand({
    ...baseEnv,
    DATABASE_URL: url,
    NODE_ENV: "production",
    AUTH_SECRET: "bench-secret-0123456789abcdef",
  });
  const child = spawn(cmd, args, { env, stdio: ["ignore", "pipe", "inherit"] });
  onCleanup(async () => {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  });
  const started = new Promise<void>((resolve) =>
    child.stdout!.on("data", (d: Buffer) => d.toString().includes("worker started") && resolve()),
  );
  return { pid: child.pid!, started };
}

async function exportAll(url: string, pid: number, entity: "users" | "addresses") {
  const t0 = performance.now();
  const id = `bench-${entity}-${Date.now()}`;
  await withClient(url, (c) =>
    c.query(
      `INSERT INTO "ExportJob" (id, "requestedById", entity, params, delimiter, total)
       SELECT $1, id, $2, '{"filters":{},"sort":"lastName","dir":"asc"}', ',', $3 FROM "StaffUser" WHERE email = 'admin@example.com'`,
      [id, entity, LARGE_USERS],
    ),
  );
  let at10k: number | null = null;
  let started: number | null = null;
  for (;;) {
    const { rows } = await withClient(url, (c) =>
      c.query<{ status: string; processed: number; rows: number; bytes: number; chunks: number }>(
        `SELECT status, processed, rows, bytes, chunks FROM "ExportJob" WHERE id = $1`,
        [id],
      ),
    );
    const job = rows[0]!;
    if (started === null && job.chunks > 0) started = performance.now() - t0;
    if (at10k === null && job.processed >= 10_000) at10k = memory(pid).rss;
    if (job.status === "DONE") {
      const done = performance.now() - t0;
      return { entity, done, started: started ?? done, at10k: at10k ?? NaN, at100k: memory(pid).rss, ...job };
    }
    if (job.status !== "QUEUED" && job.status !== "RUNNING") throw new Error(`export ${id} ended ${job.status}`);
    await sleep(100);
  }
}

await runBench(async () => {
  const url = await freshDatabase("concierge_bench_export", { port: PORT, dir: ".data/pg-bench-export" });
  const t1 = Date.now();
  await seedLarge(url);
  log(`${LARGE_USERS} customer users seeded in ${((Date.now() - t1) / 1000).toFixed(1)}s`);
  const worker = startWorker(url);
  await worker.started;
  const idle = memory(worker.pid);
  const results = [];
  for (const entity of ["users", "addresses"] as const) results.push(await exportAll(url, worker.pid, entity));
  const peak = memory(worker.pid).peak;
  console.log(
    formatTable(
      ["export of 100,000 users", "rows", "MB", "first chunk s", "done s", "RSS at 10k MB", "RSS at 100k MB"],
      results.map((r) => [
        r.entity,
        String(r.rows),
        (r.bytes / 1e6).toFixed(1),
        (r.started / 1000).toFixed(2),
        (r.done / 1000).toFixed(1),
        r.at10k.toFixed(0),
        r.at100k.toFixed(0),
      ]),
    ),
  );
  console.log(`worker RSS idle ${idle.rss.toFixed(0)} MB, peak over both exports ${peak.toFixed(0)} MB`);
});
