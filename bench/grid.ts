// npm run bench:grid: the demo seed plus seed:large (100,000 customer users), then the customer users
// grid through the production server for the five cases of the comparison with Medusa: a full page
// load, the RSC request of a client-side navigation to the same URL (what a filter change sends), and
// the grid's SQL statements run directly. The server's overhead is its time less the SQL's.
// Embedded PostgreSQL 17 (.data/pg-bench-grid, port 54429) unless BENCH_DATABASE_URL names a server;
// the app listens on BENCH_PORT (3174).
import { cpus, loadavg } from "node:os";

import { LARGE_USERS } from "../scripts/seed-large";
import {
  captureSql,
  GRID_PATH,
  gridCases,
  gridDatabase,
  gridPath,
  gridServer,
  loadPage,
  rscNavigator,
  someEmail,
  sqlTimer,
  type CapturedSql,
  type GridCase,
  type Statement,
} from "./grid-setup";
import { formatTable, log, ms, percentile, runBench, timeRuns } from "./lib";

const PORT = Number(process.env.BENCH_PORT ?? 3174);
// a long-running server is warm: enough untimed requests first that JIT compilation is not what is measured
const WARMUP = 20;
const RUNS = 100;

const load = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")} on ${cpus().length} cores`;

async function main(): Promise<void> {
  const t0 = Date.now();
  const url = await gridDatabase("concierge_bench_grid", 54429, ".data/pg-bench-grid");
  const cases = gridCases(await someEmail(url));
  const captured = await captureSql(
    url,
    cases.map((c) => c.params),
  );
  const { base, cookie } = await gridServer(url, PORT);
  const navigate = rscNavigator(base, cookie);
  log(`before timing: ${load()}`);
  const runSql = await sqlTimer(url);
  const results: { c: GridCase; page: number[]; nav: number[]; sql: number[]; cap: CapturedSql; bytes: number[] }[] =
    [];
  try {
    for (const [i, c] of cases.entries()) {
      const cap = captured[i]!;
      const path = gridPath(c.params);
      const check = (body: string, what: string) => {
        if (cap.firstEmail && !body.includes(cap.firstEmail))
          throw new Error(`${what} ${path}: first row ${cap.firstEmail} missing`);
      };
      let pageBytes = 0;
      let navBytes = 0;
      const page = await timeRuns(WARMUP, RUNS, async () => {
        const html = await loadPage(base, cookie, path);
        if (!html.includes('data-testid="customer-users-table"')) throw new Error(`${path}: no grid in the page`);
        check(html, "page");
        pageBytes = html.length;
      });
      const nav = await timeRuns(WARMUP, RUNS, async () => {
        const payload = await navigate(path);
        check(payload, "navigation");
        navBytes = payload.length;
      });
      // the statements side by side on their own connections, as listCustomerUsers runs them
      const sql = await timeRuns(WARMUP, RUNS, () => runSql(cap));
      results.push({ c, page, nav, sql, cap, bytes: [pageBytes, navBytes] });
      log(
        `${c.name}: page p50 ${ms(percentile(page, 50))} ms, navigation ${ms(percentile(nav, 50))} ms, sql ${ms(percentile(sql, 50))} ms`,
      );
    }
  } finally {
    await runSql.end();
  }
  log(`after timing: ${load()}`);

  const p = (v: number[]) => `${ms(percentile(v, 50))} / ${ms(percentile(v, 95))}`;
  const over = (a: number[], sql: number[]) => ms(percentile(a, 50) - percentile(sql, 50));
  console.log(
    `\nCustomer users grid (${GRID_PATH}), ${LARGE_USERS} customer users, 25 a page, ${RUNS} timed runs per case after ${WARMUP} warm-up runs, p50 / p95 ms`,
  );
  console.log(
    "page: full HTML load with a staff session; navigation: the RSC request of a client-side navigation to the same URL;\n" +
      "sql: the grid's statements alone, run directly side by side; overhead: server p50 less sql p50\n",
  );
  const kib = (n: number) => (n / 1024).toFixed(1);
  const all = (k: "page" | "nav" | "sql") => results.flatMap((r) => r[k]);
  console.log(
    formatTable(
      ["case", "page", "navigation", "sql alone", "overhead page", "overhead nav", "KiB page / nav"],
      [
        ...results.map((r) => [
          r.c.name,
          p(r.page),
          p(r.nav),
          p(r.sql),
          over(r.page, r.sql),
          over(r.nav, r.sql),
          `${kib(r.bytes[0]!)} / ${kib(r.bytes[1]!)}`,
        ]),
        [
          "all cases",
          p(all("page")),
          p(all("nav")),
          p(all("sql")),
          over(all("page"), all("sql")),
          over(all("nav"), all("sql")),
          "",
        ],
      ],
    ),
  );
  console.log("\nSQL per case:");
  for (const r of results) {
    const show = (s: Statement) =>
      `    ${s.text.replace(/\s+/g, " ").trim()}\n      params ${JSON.stringify(s.values).slice(0, 300)}`;
    console.log(`- ${r.c.name} (${gridPath(r.c.params)})\n${r.cap.statements.map(show).join("\n")}`);
  }
  log(`done in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
}

await runBench(main);
