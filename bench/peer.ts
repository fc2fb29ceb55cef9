// npm run bench:peer: Concierge's customer users grid beside the admin customers API of a running
// Medusa 2.x (PEER_URL, e.g. http://127.0.0.1:9000, and PEER_TOKEN, an admin's bearer token), both
// over 100,000 customers (bench:medusa-seed gives Medusa the people of seed:large), for the five
// cases of the comparison. Requests alternate between the systems (Concierge page, Concierge
// navigation, Medusa, in turns that rotate), so both see the same machine load. Installs and starts
// nothing of Medusa's; Concierge runs as in bench:grid (its database: BENCH_DATABASE_URL or embedded
// on 54439, the app on BENCH_PORT or 3184). README: "Comparing with Medusa".
import { cpus, loadavg } from "node:os";

import {
  captureSql,
  gridCases,
  gridDatabase,
  gridPath,
  gridServer,
  loadPage,
  rscNavigator,
  someEmail,
  sqlTimer,
  UNCOMPRESSED,
} from "./grid-setup";
import { formatTable, log, ms, percentile, runBench } from "./lib";

const PORT = Number(process.env.BENCH_PORT ?? 3184);
const WARMUP = 20;
const RUNS = 100;
const SIZE = 25;

type PeerAnswer = { customers?: { email: string }[]; count?: number };

/** One GET of Medusa's admin customer list; refuses an answer that is not the page asked for. */
function peerClient(peerUrl: string, token: string) {
  return async (query: Record<string, string>, expect: { email?: string }) => {
    const qs = new URLSearchParams({
      limit: String(SIZE),
      fields: "id,email,first_name,last_name,company_name",
      ...query,
    });
    const res = await fetch(`${peerUrl}/admin/customers?${qs.toString()}`, {
      headers: { ...UNCOMPRESSED, authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await res.json().catch(() => ({}))) as PeerAnswer;
    if (res.status !== 200) throw new Error(`Medusa /admin/customers?${qs.toString()}: HTTP ${res.status}`);
    const customers = body.customers ?? [];
    if (expect.email ? customers[0]?.email !== expect.email : customers.length === 0)
      throw new Error(`Medusa /admin/customers?${qs.toString()}: not the customers asked for`);
  };
}

async function main(peerUrl: string, token: string): Promise<void> {
  const peer = peerClient(peerUrl, token);
  // Medusa's own copy of a seeded address: the customer at the same place of the e-mail order
  const probe = await fetch(`${peerUrl}/admin/customers?limit=1&offset=4242&order=email&fields=email`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (probe.status !== 200) throw new Error(`Medusa ${peerUrl}/admin/customers: HTTP ${probe.status} (PEER_TOKEN?)`);
  const peerEmail = ((await probe.json()) as PeerAnswer).customers?.[0]?.email;
  if (!peerEmail) throw new Error("Medusa has no customers: seed them (npm run bench:medusa-seed)");

  const url = await gridDatabase("concierge_bench_peer", 54439, ".data/pg-bench-peer");
  const cases = gridCases(await someEmail(url), peerEmail);
  const captured = await captureSql(
    url,
    cases.map((c) => c.params),
  );
  const { base, cookie } = await gridServer(url, PORT);
  const navigate = rscNavigator(base, cookie);
  const sql = await sqlTimer(url);
  const load = () =>
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} on ${cpus().length} cores`;
  log(`before timing: ${load()}`);

  type Samples = { page: number[]; nav: number[]; peer: number[]; sql: number[] };
  const results: Samples[] = [];
  try {
    for (const [i, c] of cases.entries()) {
      const path = gridPath(c.params);
      const expect = c.peer.email ? { email: c.peer.email } : {};
      const runs: [keyof Samples, () => Promise<unknown>][] = [
        ["page", () => loadPage(base, cookie, path)],
        ["nav", () => navigate(path)],
        ["peer", () => peer(c.peer, expect)],
        ["sql", () => sql(captured[i]!)],
      ];
      const samples: Samples = { page: [], nav: [], peer: [], sql: [] };
      for (let round = 0; round < WARMUP + RUNS; round++) {
        // a different system goes first each round: neither always meets the other's aftermath
        for (let k = 0; k < runs.length; k++) {
          const [name, run] = runs[(round + k) % runs.length]!;
          const t0 = performance.now();
          await run();
          if (round >= WARMUP) samples[name].push(performance.now() - t0);
        }
      }
      results.push(samples);
      log(
        `${c.name}: Concierge page ${ms(percentile(samples.page, 50))} ms, Medusa ${ms(percentile(samples.peer, 50))} ms`,
      );
    }
  } finally {
    await sql.end();
  }
  log(`after timing: ${load()}`);

  const p = (v: number[]) => `${ms(percentile(v, 50))} / ${ms(percentile(v, 95))}`;
  const ratio = (a: number[], b: number[]) =>
    `${(percentile(a, 50) / percentile(b, 50)).toFixed(2)} / ${(percentile(a, 95) / percentile(b, 95)).toFixed(2)}`;
  console.log(
    `\nConcierge ${base} beside Medusa ${peerUrl}, 25 a page, ${RUNS} timed requests per case and system after ${WARMUP} warm-up, interleaved; p50 / p95 ms`,
  );
  console.log(
    "page: Concierge's grid page (full HTML); navigation: its RSC request of a filter change; Medusa: GET /admin/customers (JSON);\n" +
      "ratio: Concierge / Medusa (at most 1.0 is the goal); sql: Concierge's grid statements alone\n",
  );
  console.log(
    formatTable(
      [
        "case",
        "Concierge page",
        "Concierge navigation",
        "Medusa",
        "ratio page",
        "ratio navigation",
        "Concierge sql alone",
      ],
      results.map((r, i) => [
        cases[i]!.name,
        p(r.page),
        p(r.nav),
        p(r.peer),
        ratio(r.page, r.peer),
        ratio(r.nav, r.peer),
        p(r.sql),
      ]),
    ),
  );
}

const peerUrl = process.env.PEER_URL?.replace(/\/$/, "");
const token = process.env.PEER_TOKEN;
if (!peerUrl || !token) {
  console.error(
    '[concierge] bench:peer compares with a running Medusa 2.x: set PEER_URL (e.g. http://127.0.0.1:9000) and PEER_TOKEN (an admin\'s token); README, "Comparing with Medusa", sets one up',
  );
  process.exit(2);
}
await runBench(() => main(peerUrl, token));
