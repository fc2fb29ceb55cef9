// npm run bench:impersonation: the server time from "Log in as a user" to the first storefront page
// rendered as the customer, through the production server on a fresh demo database: the start action (a
// server action POST, as the back-office form sends it), the one-time link (GET, 303 + session
// cookie) and the page it leads to (GET, full HTML with the banner). Embedded PostgreSQL 17
// (.data/pg-bench-impersonation, port 54439) unless BENCH_DATABASE_URL names a server.
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";

import {
  ensureBuild,
  formatTable,
  freshDatabase,
  log,
  ms,
  percentile,
  runBench,
  staffCookie,
  startServer,
  withClient,
} from "./lib";

const PORT = 3194;
const WARMUP = 5;
const RUNS = 50;
const CUSTOMER = "cleo.admin@contoso.example";

/** The id Next gave a server action at build time: what the browser sends in the Next-Action header. */
function actionId(file: string, name: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === name);
  if (!found) throw new Error(`no server action ${file}#${name} in the build`);
  return found[0];
}

const elapsed = (t0: number) => performance.now() - t0;

async function main(): Promise<void> {
  const t0 = Date.now();
  const url = await freshDatabase("concierge_bench_impersonation", {
    port: 54439,
    dir: ".data/pg-bench-impersonation",
  });
  await ensureBuild();
  const base = await startServer(PORT, url);
  log(`app server on ${base}`);
  // the start link names the customer's website: point the wholesale site (host 127.0.0.1) at this server
  const customerId = await withClient(url, async (c) => {
    await c.query(`UPDATE "Website" SET "baseUrl" = $1 WHERE code = 'wholesale'`, [base]);
    return (await c.query<{ id: string }>(`SELECT id FROM "CustomerUser" WHERE email = $1`, [CUSTOMER])).rows[0]!.id;
  });
  const cookie = await staffCookie(url, "agent@example.com");
  const startId = actionId("lib/impersonation/staff-actions.ts", "startAssistAction");
  const startPage = `${base}/admin/customer-users/${customerId}/impersonate`;
  const load = () =>
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} on ${cpus().length} cores`;
  log(`before timing: ${load()}`);

  const parts: { start: number[]; link: number[]; page: number[]; total: number[] } = {
    start: [],
    link: [],
    page: [],
    total: [],
  };
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const t = performance.now();
    const started = await fetch(startPage, {
      method: "POST",
      headers: {
        cookie,
        "next-action": startId,
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
        origin: base,
      },
      body: JSON.stringify([{ customerUserId: customerId, reason: `Benchmark run ${i}` }]),
      signal: AbortSignal.timeout(30_000),
    });
    const body = await started.text();
    const link = /https?:\/\/[^"\s]+\/impersonate\/[A-Za-z0-9_-]{43}/.exec(body)?.[0];
    if (!link)
      throw new Error(`the start action answered HTTP ${started.status} without a link: ${body.slice(0, 300)}`);
    const tStart = elapsed(t);

    const t1 = performance.now();
    const arrived = await fetch(link, { redirect: "manual", signal: AbortSignal.timeout(30_000) });
    await arrived.text();
    const location = arrived.headers.get("location");
    const session = arrived.headers
      .getSetCookie()
      .find((c) => c.startsWith("concierge-shop.session-token="))
      ?.split(";")[0];
    if (arrived.status !== 303 || !location || !session)
      throw new Error(`the start link answered HTTP ${arrived.status} without a session`);
    const tLink = elapsed(t1);

    const t2 = performance.now();
    const first = await fetch(location, { headers: { cookie: session }, signal: AbortSignal.timeout(30_000) });
    const html = await first.text();
    if (first.status !== 200 || !html.includes('data-testid="impersonation-banner"'))
      throw new Error(`${location}: HTTP ${first.status}, no banner`);
    const tPage = elapsed(t2);

    if (i >= WARMUP) {
      parts.start.push(tStart);
      parts.link.push(tLink);
      parts.page.push(tPage);
      parts.total.push(elapsed(t));
    }
    // one live session per staff member: end this one before the next run (untimed)
    await withClient(url, (c) =>
      c.query(
        `UPDATE "ImpersonationSession" SET "endedAt" = now(), "endReason" = 'LOGGED_OUT' WHERE "endedAt" IS NULL`,
      ),
    );
  }
  log(`after timing: ${load()}`);

  console.log(
    `\nImpersonation start to first storefront page, ${RUNS} timed runs after ${WARMUP} warm-up runs (agent@example.com as ${CUSTOMER})`,
  );
  console.log(
    "start: the start action POST; link: the one-time link GET (303 + cookie); page: the storefront home as the customer\n",
  );
  console.log(
    formatTable(
      ["step", "p50 ms", "p95 ms"],
      (["start", "link", "page", "total"] as const).map((k) => [
        k,
        ms(percentile(parts[k], 50)),
        ms(percentile(parts[k], 95)),
      ]),
    ),
  );
  log(`done in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
}

await runBench(main);
