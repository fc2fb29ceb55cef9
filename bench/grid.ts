// npm run bench:grid: the demo seed plus seed:large (100,000 customer users) in a fresh database,
// then the server time of the customer users grid through the production server for five filter/sort
// combinations, and of the same two SQL statements run directly. Embedded PostgreSQL 17
// (.data/pg-bench-grid, port 54429) unless BENCH_DATABASE_URL names a server.
import { cpus, loadavg } from "node:os";
import { PrismaPg } from "@prisma/adapter-pg";

import type { CustomerUserListParams } from "../lib/customer-users/params";
import { customerUserQuery } from "../lib/customer-users/query";
import { PrismaClient } from "../lib/generated/prisma/client";
import { LARGE_USERS, seedLarge } from "../scripts/seed-large";
import {
  connect,
  ensureBuild,
  formatTable,
  freshDatabase,
  log,
  ms,
  percentile,
  runBench,
  staffCookie,
  startServer,
  timeRuns,
  withClient,
} from "./lib";

const PORT = 3174;
// a long-running server is warm: enough untimed requests first that JIT compilation is not what is measured
const WARMUP = 20;
const RUNS = 100;

type Case = { name: string; params: Partial<CustomerUserListParams> };
const CASES: Case[] = [
  { name: "default (lastName asc, p1, 25)", params: {} },
  { name: "email~anna, enabled=no", params: { filters: { email: "anna", enabled: "no" } } },
  {
    name: "company~weber, email desc, 50",
    params: { sort: "email", dir: "desc", size: 50, filters: { company: "weber" } },
  },
  {
    name: "status=RESET, website, company asc, p20",
    params: { sort: "company", page: 20, filters: { passwordStatus: "RESET", website: "" } },
  },
  {
    name: "locked=yes, firstName~ar, 100",
    params: { sort: "firstName", size: 100, filters: { locked: "yes", firstName: "ar" } },
  },
];

const full = (c: Case): CustomerUserListParams => ({
  q: "",
  sort: "lastName",
  dir: "asc",
  page: 1,
  size: 25,
  ...c.params,
  filters: { ...c.params.filters },
});

function pageUrl(base: string, p: CustomerUserListParams): string {
  const qs = new URLSearchParams({ sort: p.sort, dir: p.dir, page: String(p.page), size: String(p.size) });
  for (const [k, v] of Object.entries(p.filters)) if (v) qs.set(k, v);
  return `${base}/admin/customer-users?${qs.toString()}`;
}

type Statement = { text: string; values: unknown[] };
type Captured = { rows: Statement; count: Statement; firstEmail: string | undefined; rowCount: number; total: number };

/** Runs each case's grid statements once through Prisma, as the page does, and keeps their SQL and parameters. */
async function captureSql(url: string, params: CustomerUserListParams[]): Promise<Captured[]> {
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    log: [{ emit: "event", level: "query" }],
  });
  const seen: Statement[] = [];
  prisma.$on("query", (e) => seen.push({ text: e.query, values: JSON.parse(e.params) as unknown[] }));
  const one = async <T>(run: () => Promise<T>): Promise<[T, Statement]> => {
    seen.length = 0;
    const result = await run();
    if (seen.length !== 1) throw new Error(`expected one statement, saw ${seen.length}`);
    return [result, seen[0]!];
  };
  try {
    const out: Captured[] = [];
    for (const p of params) {
      const q = customerUserQuery(p);
      const [rows, rowsSql] = await one(() => prisma.$queryRaw<{ email: string }[]>(q.rows));
      const [[count], countSql] = await one(() => prisma.$queryRaw<{ total: number }[]>(q.count));
      out.push({
        rows: rowsSql,
        count: countSql,
        firstEmail: rows[0]?.email,
        rowCount: rows.length,
        total: count?.total ?? 0,
      });
    }
    return out;
  } finally {
    await prisma.$disconnect();
  }
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const url = await freshDatabase("concierge_bench_grid", { port: 54429, dir: ".data/pg-bench-grid" });
  const t1 = Date.now();
  await seedLarge(url);
  log(`${LARGE_USERS} customer users seeded, vacuumed and analysed in ${((Date.now() - t1) / 1000).toFixed(1)}s`);
  // the website filter names a real website: the seeded one with the most users
  const website = await withClient(
    url,
    async (c) =>
      (
        await c.query<{ id: string }>(
          'SELECT "websiteId" AS id FROM "CustomerUser" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1',
        )
      ).rows[0]!.id,
  );
  const params = CASES.map((c) => {
    const p = full(c);
    if (p.filters.website === "") p.filters.website = website;
    return p;
  });
  const captured = await captureSql(url, params);

  await ensureBuild();
  const base = await startServer(PORT, url);
  log(`app server on ${base}`);
  // other work on the machine shows in every figure: say how busy it was around the timed runs
  const load = () =>
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} on ${cpus().length} cores`;
  log(`before timing: ${load()}`);
  const cookie = await staffCookie(url, "admin@example.com");
  const [sqlA, sqlB] = await Promise.all([connect(url), connect(url)]);
  const results: { c: Case; page: number[]; sql: number[]; cap: Captured }[] = [];
  try {
    for (const [i, c] of CASES.entries()) {
      const cap = captured[i]!;
      const target = pageUrl(base, params[i]!);
      const page = await timeRuns(WARMUP, RUNS, async () => {
        const res = await fetch(target, {
          headers: { cookie },
          redirect: "manual",
          signal: AbortSignal.timeout(30_000),
        });
        const html = await res.text();
        if (res.status !== 200) throw new Error(`${target}: HTTP ${res.status}`);
        if (!html.includes('data-testid="customer-users-table"')) throw new Error(`${target}: no grid in the page`);
        if (cap.firstEmail && !html.includes(cap.firstEmail))
          throw new Error(`${target}: first row ${cap.firstEmail} missing`);
      });
      // rows and count at once on two connections, as listCustomerUsers runs them with Promise.all
      const sql = await timeRuns(WARMUP, RUNS, async () => {
        const [rows, count] = await Promise.all([
          sqlA.query({ text: cap.rows.text, values: cap.rows.values, rowMode: "array" }),
          sqlB.query({ text: cap.count.text, values: cap.count.values, rowMode: "array" }),
        ]);
        if (rows.rowCount !== cap.rowCount || Number(count.rows[0]?.[0]) !== cap.total)
          throw new Error(`${c.name}: SQL result differs from Prisma's`);
      });
      results.push({ c, page, sql, cap });
      log(`${c.name}: page p50 ${ms(percentile(page, 50))} ms, sql p50 ${ms(percentile(sql, 50))} ms`);
    }
  } finally {
    await Promise.all([sqlA.end(), sqlB.end()]);
  }

  log(`after timing: ${load()}`);
  const all = (k: "page" | "sql") => results.flatMap((r) => r[k]);
  console.log(
    `\nCustomer users grid, ${LARGE_USERS} customer users, ${RUNS} timed runs per case after ${WARMUP} warm-up runs`,
  );
  console.log("page: GET with a staff session to the full HTML body; sql: the grid's two statements, run directly\n");
  console.log(
    formatTable(
      ["case", "rows/total", "page p50 ms", "page p95 ms", "sql p50 ms", "sql p95 ms"],
      [
        ...results.map((r) => [
          r.c.name,
          `${r.cap.rowCount}/${r.cap.total}`,
          ms(percentile(r.page, 50)),
          ms(percentile(r.page, 95)),
          ms(percentile(r.sql, 50)),
          ms(percentile(r.sql, 95)),
        ]),
        [
          "all cases",
          "",
          ms(percentile(all("page"), 50)),
          ms(percentile(all("page"), 95)),
          ms(percentile(all("sql"), 50)),
          ms(percentile(all("sql"), 95)),
        ],
      ],
    ),
  );
  console.log("\nSQL per case:");
  for (const r of results) {
    const show = (s: Statement) =>
      `    ${s.text.replace(/\s+/g, " ").trim()}\n      params ${JSON.stringify(s.values).slice(0, 300)}`;
    console.log(`- ${r.c.name}\n${show(r.cap.rows)}\n${show(r.cap.count)}`);
  }
  log(`done in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
}

await runBench(main);
