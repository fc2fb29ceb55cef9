// npm run bench:csv: the demo seed plus seed:large (100,000 customer users) in a fresh database, then
// the CSV import and export at that size: validate 100,000 rows (the export of the seed, read back),
// import 100,000 new rows, update 100,000 rows, export 100,000 rows (time to first byte and total),
// the import worker's RSS at 10,000 rows and its peak (each import runs in a process of its own,
// bench/csv-import-worker.ts), and the customer users grid's SQL p95 idle and while an import runs. BENCH_CSV_ROWS sets the size (100,000). Embedded PostgreSQL 17
// (.data/pg-bench-csv, port 54439) unless BENCH_DATABASE_URL names a server. Runs with the
// react-server condition, as the worker does, so it drives the same services in-process.
import { spawn } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";

import { workerCommand } from "../scripts/lib/worker-command.mjs";
import { seedLarge } from "../scripts/seed-large";
import { baseEnv, formatTable, freshDatabase, log, memory, ms, percentile, runBench, withClient } from "./lib";

const ROWS = Number(process.env.BENCH_CSV_ROWS ?? 100_000);
const FIRST = Math.min(10_000, ROWS);

runBench(async () => {
  const url = await freshDatabase("concierge_bench_csv", { port: 54439, dir: ".data/pg-bench-csv" });
  log("seeding 5,000 companies and 100,000 customer users");
  await seedLarge(url);
  process.env.DATABASE_URL = url;
  // the services read DATABASE_URL when they load
  const { prisma } = await import("../lib/db");
  const { exportCustomerUsers } = await import("../lib/customer-users/export");
  const { CUSTOMER_USER_GRID } = await import("../lib/customer-users/params");
  const { customerUserQuery } = await import("../lib/customer-users/query");
  const { parseGridParams } = await import("../lib/grid/params");
  const { startImport, uploadImport, validateImport } = await import("../lib/customer-import/service");
  const { stringify } = await import("csv-stringify/sync");
  const { parse } = await import("csv-parse/sync");

  const admin = await prisma.staffUser.findUniqueOrThrow({ where: { email: "admin@example.com" } });
  const actor = { staffId: admin.id, label: admin.email, ip: null };
  await prisma.systemSetting.upsert({
    where: { key: "csvImportMaxMegabytes" },
    update: { value: 200 },
    create: { key: "csvImportMaxMegabytes", value: 200 },
  });
  const results: string[][] = [];

  // export: the whole grid, first byte and total
  const all = parseGridParams({}, CUSTOMER_USER_GRID);
  const started = performance.now();
  let firstByte = 0;
  const chunks: Uint8Array[] = [];
  const reader = exportCustomerUsers("users", all, () => true, ",").getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    firstByte ||= performance.now() - started;
    chunks.push(value as Uint8Array);
  }
  const exported = Buffer.concat(chunks);
  const lines = exported.toString("utf8").split("\r\n").length - 2;
  results.push([
    "export",
    `${lines} rows`,
    `first byte ${ms(firstByte)} ms, total ${ms(performance.now() - started)} ms`,
  ]);
  const slice = (bytes: Buffer, rows: number) => {
    const text = bytes.toString("utf8").split("\r\n");
    return Buffer.from([...text.slice(0, rows + 1), ""].join("\r\n"));
  };

  // validate: the export read back (every row matched, compared, unchanged)
  const validateFile = slice(exported, ROWS);
  const t0 = performance.now();
  const up = await uploadImport(actor, { entity: "users", fileName: "export.csv", bytes: validateFile, invite: false });
  const v = await validateImport(up.id);
  results.push([
    "validate",
    `${v.read} rows`,
    `${ms(performance.now() - t0)} ms (${v.unchanged} unchanged, ${v.error} errors)`,
  ]);

  // the grid's SQL, idle and while an import runs
  const grid = customerUserQuery(all);
  const gridTimes = async (until: () => boolean, min: number) => {
    const samples: number[] = [];
    await withClient(url, async (c) => {
      while (samples.length < min || !until()) {
        const s = performance.now();
        await c.query(grid.rows.text, grid.rows.values as unknown[]);
        await c.query(grid.count.text, grid.count.values as unknown[]);
        samples.push(performance.now() - s);
        if (samples.length >= 400) break;
      }
    });
    return samples;
  };
  const idle = await gridTimes(() => true, 50);

  // import new rows, with the worker's RSS sampled
  const [company] = await prisma.company.findMany({
    take: 1,
    orderBy: { name: "asc" },
    select: { name: true, websiteId: true },
  });
  const website = await prisma.website.findUniqueOrThrow({ where: { id: company!.websiteId } });
  const role = await prisma.customerRole.findFirstOrThrow({ where: { companyId: null, forVisitors: false } });
  const newFile = Buffer.from(
    stringify([
      ["Email Address", "First Name", "Last Name", "Website", "Customer Name", "Roles 1 Role", "Enabled"],
      ...Array.from({ length: ROWS }, (_, i) => [
        `bench-${i}@import.example`,
        "Bench",
        `Row ${i}`,
        website.name,
        company!.name,
        role.name,
        "1",
      ]),
    ]),
  );
  // started as `npm start` starts the worker (its heap cap WORKER_MAX_HEAP_MB), with the import as its one job
  const command = workerCommand({ ...baseEnv, DATABASE_URL: url }, "bench/csv-import-worker.ts");
  const run = async (bytes: Buffer, label: string) => {
    const { id } = await uploadImport(actor, { entity: "users", fileName: `${label}.csv`, bytes, invite: false });
    const checked = await validateImport(id);
    const { checksum } = await prisma.csvImport.findUniqueOrThrow({ where: { id } });
    await startImport(actor, id, checksum);
    let running = true;
    const during = gridTimes(() => !running, 50);
    // node itself with tsx as a loader (not the tsx CLI, which runs the script in a child): this pid is the worker
    const worker = spawn(command.cmd, [...command.args, id], {
      env: command.env,
      stdio: ["ignore", "inherit", "inherit"],
    });
    const exited = new Promise<number | null>((resolve) => worker.once("exit", resolve));
    let atFirst = NaN;
    let peak = NaN;
    const sampler = setInterval(async () => {
      const p = await prisma.csvImport.findUnique({ where: { id }, select: { committedRows: true } });
      try {
        const m = memory(worker.pid!);
        // an exited worker not yet reaped has no memory lines left
        if (Number.isFinite(m.peak)) peak = m.peak;
        if (p && p.committedRows <= FIRST && Number.isFinite(m.rss)) atFirst = m.rss;
      } catch {
        // the worker has exited
      }
    }, 200);
    const code = await exited;
    running = false;
    clearInterval(sampler);
    if (code !== 0) throw new Error(`the import worker exited with ${code}`);
    const imp = await prisma.csvImport.findUniqueOrThrow({ where: { id } });
    // the run's own time, from its claim to its end, without the worker process's start
    const took = imp.finishedAt!.getTime() - imp.startedAt!.getTime();
    const rate = ((imp.created + imp.updated + imp.unchanged) / took) * 1000;
    results.push([
      label,
      `${imp.committedRows} rows`,
      `${ms(took)} ms, ${rate.toFixed(0)} rows/s (created ${imp.created}, updated ${imp.updated}, errors ${imp.errors}; dry run ${checked.error} errors)`,
    ]);
    results.push([
      `${label}: worker RSS`,
      `${imp.committedRows} rows`,
      `${atFirst.toFixed(0)} MB at ${FIRST} rows, peak ${peak.toFixed(0)} MB`,
    ]);
    return during;
  };
  const during = await run(newFile, "import new");

  // update: the export with every last name changed, and a role for the seed's enabled users without one
  // (an enabled user needs a role: without it nine in ten rows would be refused, not updated)
  const [head, ...body] = parse(validateFile, { bom: true }) as string[][];
  const last = head!.indexOf("Last Name");
  if (!head!.includes("Roles 1 Role")) head!.push("Roles 1 Role");
  const roleCell = head!.indexOf("Roles 1 Role");
  const updateFile = Buffer.from(
    stringify([
      head!,
      ...body.map((cells) =>
        head!.map((_, i) =>
          i === last ? `${cells[i]} upd` : i === roleCell ? cells[i] || role.name : (cells[i] ?? ""),
        ),
      ),
    ]),
  );
  await run(updateFile, "update");
  results.push([
    "grid SQL p95",
    "idle / during import",
    `${ms(percentile(idle, 95))} / ${ms(percentile(await during, 95))} ms`,
  ]);
  console.log(formatTable(["what", "size", "measured"], results));
  console.log(
    `${cpus().length} cores, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  await prisma.$disconnect();
});
