// npm run bench:load: the customer users grid under 20 concurrent connections for 30 s (requests per
// second, p50 / p95), beside the same server's empty route handler (GET /api/health), the ceiling of
// what the server answers at all. Both the full page and the RSC request of a filter change are
// loaded, over the 100,000-user seed. Database: BENCH_DATABASE_URL or embedded on 54449; the app on
// BENCH_PORT or 3194; LOAD_SECONDS and LOAD_CONNECTIONS change the defaults.
import { cpus, loadavg } from "node:os";

import {
  gridCases,
  gridDatabase,
  gridPath,
  gridServer,
  loadPage,
  rscNavigator,
  someEmail,
  UNCOMPRESSED,
} from "./grid-setup";
import { formatTable, log, ms, percentile, runBench } from "./lib";

const PORT = Number(process.env.BENCH_PORT ?? 3194);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 20);

type Outcome = { requests: number; errors: number; seconds: number; latencies: number[] };

/**
 * `CONNECTIONS` clients, each sending its next request as soon as the last one was answered, for
 * `SECONDS` seconds (after 3 s of the same untimed). Any answer but the expected one counts as an error.
 */
async function hammer(request: () => Promise<unknown>): Promise<Outcome> {
  const run = async (seconds: number, latencies: number[] | null) => {
    const end = performance.now() + seconds * 1000;
    let requests = 0;
    let errors = 0;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < end) {
          const t0 = performance.now();
          try {
            await request();
            requests++;
            latencies?.push(performance.now() - t0);
          } catch {
            errors++;
          }
        }
      }),
    );
    return { requests, errors };
  };
  await run(3, null);
  const latencies: number[] = [];
  const t0 = performance.now();
  const { requests, errors } = await run(SECONDS, latencies);
  return { requests, errors, seconds: (performance.now() - t0) / 1000, latencies };
}

async function main(): Promise<void> {
  const url = await gridDatabase("concierge_bench_load", 54449, ".data/pg-bench-load");
  const [first] = gridCases(await someEmail(url));
  const { base, cookie } = await gridServer(url, PORT);
  const navigate = rscNavigator(base, cookie);
  const path = gridPath(first!.params);
  const targets: [string, () => Promise<unknown>][] = [
    [
      "empty route handler (GET /api/health)",
      async () => {
        // fetch keeps each client's connection alive, as a load generator holds them
        const res = await fetch(`${base}/api/health`, { headers: UNCOMPRESSED });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
      },
    ],
    ["customer users grid, full page", () => loadPage(base, cookie, path)],
    ["customer users grid, navigation (RSC)", () => navigate(path)],
  ];
  const load = () =>
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} on ${cpus().length} cores`;
  const rows: string[][] = [];
  for (const [name, request] of targets) {
    log(`${name}: ${CONNECTIONS} connections for ${SECONDS}s (${load()})`);
    const o = await hammer(request);
    rows.push([
      name,
      String(o.requests),
      String(o.errors),
      (o.requests / o.seconds).toFixed(1),
      ms(percentile(o.latencies, 50)),
      ms(percentile(o.latencies, 95)),
    ]);
  }
  console.log(`\n${CONNECTIONS} concurrent connections, ${SECONDS} s each, 100,000 customer users, 25 a page\n`);
  console.log(formatTable(["target", "requests", "errors", "requests/s", "p50 ms", "p95 ms"], rows));
}

await runBench(main);
