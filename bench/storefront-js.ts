// npm run bench:storefront-js: the JavaScript a browser loads on the first visit of each storefront
// page: every <script src> the server-rendered HTML names (raw and gzip bytes, as served by
// the production server), plus the inline scripts that carry the React Server Components payload. Demo seed
// in a fresh database on embedded PostgreSQL 17 (.data/pg-bench-js, port 54359) unless
// BENCH_DATABASE_URL names a server.
import { gzipSync } from "node:zlib";

import { cleanup, ensureBuild, formatTable, freshDatabase, interrupted, log, startServer, withClient } from "./lib";

const PORT = 3184;

type Sizes = { scripts: number; raw: number; gzip: number; inline: number };

async function measure(base: string, path: string, cache: Map<string, Buffer>): Promise<Sizes> {
  const res = await fetch(`${base}${path}`);
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  const html = await res.text();
  // a browser that runs modules skips a `nomodule` script (the legacy polyfills): it is not loaded, not counted
  const tags = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)];
  const srcs = [
    ...new Set(tags.filter((m) => !/\snomodule\b/i.test(`${m[1]} ${m[3]}`)).map((m) => m[2]!.replace(/&amp;/g, "&"))),
  ];
  let raw = 0;
  let gzip = 0;
  for (const src of srcs) {
    let body = cache.get(src);
    if (!body) {
      body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
      cache.set(src, body);
    }
    raw += body.length;
    gzip += gzipSync(body).length;
    if (process.env.BENCH_VERBOSE) log(`  ${path} ${src}: ${(gzipSync(body).length / 1024).toFixed(1)} KiB gzip`);
  }
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (n, m) => n + Buffer.byteLength(m[1]!),
    0,
  );
  return { scripts: srcs.length, raw, gzip, inline };
}

async function main() {
  await ensureBuild();
  const url = await freshDatabase("concierge_bench_js", { port: 54359, dir: ".data/pg-bench-js" });
  const sku = await withClient(
    url,
    async (c) =>
      (await c.query<{ sku: string }>(`SELECT sku FROM "Product" WHERE active ORDER BY sku LIMIT 1`)).rows[0]?.sku,
  );
  const base = await startServer(PORT, url);
  const routes = [
    "/",
    "/products",
    ...(sku ? [`/products/${encodeURIComponent(sku)}`] : []),
    "/pages/about",
    "/login",
    "/register",
  ];
  const cache = new Map<string, Buffer>();
  const rows: string[][] = [];
  for (const path of routes) {
    if (interrupted()) break;
    const s = await measure(base, path, cache);
    rows.push([
      path,
      String(s.scripts),
      (s.raw / 1024).toFixed(1),
      (s.gzip / 1024).toFixed(1),
      (s.inline / 1024).toFixed(1),
    ]);
  }
  log("first-load JavaScript per storefront page (KiB)");
  console.log(formatTable(["route", "scripts", "raw KiB", "gzip KiB", "inline KiB"], rows));
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(cleanup);
