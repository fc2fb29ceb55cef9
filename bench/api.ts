// npm run bench:api: the storefront API on the 100,000-user seed, through the production server.
//   - the token endpoint (client credentials, HTTP Basic): p50 / p95 of one request at a time, and
//     tokens per second with 8 clients at once;
//   - the authentication overhead of an API call: what the server spends before the handler (token
//     signature, the one read of token, application, owner and website, the rate bucket), from the
//     `auth` entry of the Server-Timing header the API sends;
//   - GET /api/v1/orders (5,000 orders in the caller's company) and GET /api/v1/products (2,000 more
//     products), 25 a page: p50 / p95.
// Embedded PostgreSQL 17 (.data/pg-bench-api, port 54459) unless BENCH_DATABASE_URL names a server.
import { randomBytes } from "node:crypto";
import { cpus, loadavg } from "node:os";

import { clientSecretHasher } from "../lib/oauth/client-secret-hash";
import { LARGE_USERS, seedLarge } from "../scripts/seed-large";
import {
  BENCH_AUTH_SECRET,
  ensureBuild,
  formatTable,
  freshDatabase,
  log,
  ms,
  percentile,
  runBench,
  startServer,
  withClient,
} from "./lib";

const PORT = 3196;
const WARMUP = 20;
const RUNS = 200;
const API_RUNS = 100;
const CONCURRENCY = 8;
const THROUGHPUT_SECONDS = 5;
const OWNER = "cleo.admin@contoso.example";
const ORDERS = 5_000;
const PRODUCTS = 2_000;

const elapsed = (t0: number) => performance.now() - t0;
const load = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")} on ${cpus().length} cores`;

/** The `name;dur=x` entry of a Server-Timing header, in ms. */
function serverTiming(header: string | null, name: string): number | null {
  const entry = header
    ?.split(",")
    .map((e) => e.trim())
    .find((e) => e.split(";")[0] === name);
  const dur = entry?.match(/dur=([\d.]+)/)?.[1];
  return dur === undefined ? null : Number(dur);
}

async function prepare(url: string, base: string) {
  return withClient(url, async (c) => {
    // the owner's website answers at this server (host 127.0.0.1) and allows the API
    const owner = (
      await c.query<{ id: string; companyId: string; websiteId: string }>(
        `SELECT id, "companyId", "websiteId" FROM "CustomerUser" WHERE email = $1`,
        [OWNER],
      )
    ).rows[0]!;
    await c.query(`UPDATE "Website" SET "baseUrl" = $1, "apiEnabled" = true WHERE id = $2`, [base, owner.websiteId]);
    await c.query(
      `INSERT INTO "Product" (id, sku, name, description, "basePrice", currency, active, "createdAt", "updatedAt")
       SELECT 'bench-p-' || i, 'BENCH-' || lpad(i::text, 5, '0'), 'Bench product ' || i, '', 100 + i, 'EUR', true, now(), now()
       FROM generate_series(1, $1::int) AS i`,
      [PRODUCTS],
    );
    await c.query(
      `INSERT INTO "Order" (id, number, "companyId", "customerUserId", status, currency, subtotal, total, "createdAt", "updatedAt")
       SELECT 'bench-o-' || i, 'BENCH-' || lpad(i::text, 6, '0'), $2, $3, 'OPEN', 'EUR', 1000 * i, 1000 * i,
              now() - make_interval(mins => i), now()
       FROM generate_series(1, $1::int) AS i`,
      [ORDERS, owner.companyId, owner.id],
    );
    await c.query(
      `INSERT INTO "OrderLine" (id, "orderId", sku, name, quantity, "unitPrice", "lineTotal")
       SELECT 'bench-l-' || i || '-' || n, 'bench-o-' || i, 'BENCH-0000' || n, 'Bench product ' || n, 1, 500 * i, 500 * i
       FROM generate_series(1, $1::int) AS i, generate_series(1, 2) AS n`,
      [ORDERS],
    );
    const clientId = `cc_bench_${randomBytes(8).toString("hex")}`;
    const secret = `cs_${randomBytes(32).toString("base64url")}`;
    // generous limits: the benchmark measures the server, not the rate limit
    await c.query(
      `INSERT INTO "OAuthApplication" (id, "customerUserId", name, "clientId", "secretHash", active, scopes,
         "rateLimitPerSecond", "rateLimitBurst", "createdAt", "updatedAt")
       VALUES ($1, $2, 'Benchmark ERP', $3, $4, true, $5, 100000, 100000, now(), now())`,
      [
        `bench-app`,
        owner.id,
        clientId,
        clientSecretHasher(BENCH_AUTH_SECRET)(secret),
        ["me:read", "products:read", "orders:read"],
      ],
    );
    await c.query("VACUUM ANALYZE");
    return { clientId, secret };
  });
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const url = await freshDatabase("concierge_bench_api", { port: 54459, dir: ".data/pg-bench-api" });
  const t1 = Date.now();
  await seedLarge(url);
  log(`${LARGE_USERS} customer users seeded in ${((Date.now() - t1) / 1000).toFixed(1)}s`);
  await ensureBuild();
  const base = await startServer(PORT, url);
  log(`app server on ${base}`);
  const { clientId, secret } = await prepare(url, base);
  log(`${ORDERS} orders and ${PRODUCTS} products added for ${OWNER}; ${load()}`);

  const basic = `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(secret)}`).toString("base64")}`;
  const token = async (): Promise<string> => {
    const res = await fetch(`${base}/oauth/token`, {
      method: "POST",
      headers: { authorization: basic, "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials",
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await res.json()) as { access_token?: string; error?: string };
    if (res.status !== 200 || !body.access_token)
      throw new Error(`token endpoint: ${res.status} ${JSON.stringify(body)}`);
    return body.access_token;
  };

  // the token endpoint, one request at a time
  const tokenTimes: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const t = performance.now();
    await token();
    if (i >= WARMUP) tokenTimes.push(elapsed(t));
  }
  // and as many as 8 clients get in 5 s
  let issued = 0;
  const until = performance.now() + THROUGHPUT_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        await token();
        issued++;
      }
    }),
  );
  const perSecond = issued / THROUGHPUT_SECONDS;

  const access = await token();
  const call = async (path: string) => {
    const t = performance.now();
    const res = await fetch(`${base}${path}`, {
      headers: { authorization: `Bearer ${access}`, accept: "application/vnd.api+json" },
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await res.json()) as { data?: unknown[] };
    const took = elapsed(t);
    if (res.status !== 200 || !Array.isArray(body.data) || body.data.length === 0)
      throw new Error(`${path}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
    return { took, auth: serverTiming(res.headers.get("server-timing"), "auth") };
  };
  const api: Record<string, { times: number[]; auth: number[] }> = {};
  for (const path of ["/api/v1/orders?page[size]=25", "/api/v1/products?page[size]=25"]) {
    const r = (api[path] = { times: [] as number[], auth: [] as number[] });
    for (let i = 0; i < WARMUP + API_RUNS; i++) {
      const { took, auth } = await call(path);
      if (i < WARMUP) continue;
      r.times.push(took);
      if (auth === null) throw new Error(`${path}: no "auth" entry in Server-Timing`);
      r.auth.push(auth);
    }
  }
  log(`after timing: ${load()}`);

  const auth = Object.values(api).flatMap((r) => r.auth);
  const rows = [
    ["token endpoint (ms, one at a time)", ms(percentile(tokenTimes, 50)), ms(percentile(tokenTimes, 95)), "< 50"],
    [`tokens/s (${CONCURRENCY} clients, ${THROUGHPUT_SECONDS} s)`, perSecond.toFixed(0), "", ">= 200"],
    ["authentication overhead (ms)", ms(percentile(auth, 50)), ms(percentile(auth, 95)), "< 3"],
    ...Object.entries(api).map(([path, r]) => [
      `GET ${path} (ms)`,
      ms(percentile(r.times, 50)),
      ms(percentile(r.times, 95)),
      "< 150",
    ]),
  ];
  console.log(`\nStorefront API, ${LARGE_USERS} customer users, ${RUNS} token requests, ${API_RUNS} calls per list\n`);
  console.log(formatTable(["case", "p50", "p95", "goal (p95)"], rows));
  log(`done in ${((Date.now() - t0) / 1000).toFixed(0)}s`);
}

await runBench(main);
