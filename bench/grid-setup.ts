// What bench:grid, bench:peer and bench:load share: the 100,000-user database, the app's server with a
// staff session, the five grid cases of the comparison, and the two ways a browser asks for a grid
// page (a full page load, and the RSC request of a client-side navigation such as a filter change).
import { PrismaPg } from "@prisma/adapter-pg";
import { setCacheBustingSearchParam } from "next/dist/client/components/router-reducer/set-cache-busting-search-param.js";

import type { CustomerUserListParams } from "../lib/customer-users/params";
import { customerUserQuery } from "../lib/customer-users/query";
import { PrismaClient } from "../lib/generated/prisma/client";
import { gridHref } from "../lib/grid/params";
import { LARGE_USERS, seedLarge } from "../scripts/seed-large";
import { connect, ensureBuild, freshDatabase, log, staffCookie, startServer, withClient } from "./lib";

export const GRID_PATH = "/admin/customer-users";

export type GridCase = {
  name: string;
  params: CustomerUserListParams;
  /** the same question to a Medusa admin API: GET /admin/customers?limit=25&... */
  peer: Record<string, string>;
};

const params = (p: Partial<CustomerUserListParams>): CustomerUserListParams => ({
  q: "",
  sort: "lastName",
  dir: "asc",
  page: 1,
  size: 25,
  ...p,
  filters: { ...p.filters },
});

/** The five cases the comparison names; `email` is a whole address of a seeded customer user. */
export function gridCases(email: string, peerEmail = email): GridCase[] {
  return [
    { name: "first page", params: params({}), peer: { offset: "0" } },
    { name: 'text search "son"', params: params({ filters: { email: "son" } }), peer: { offset: "0", q: "son" } },
    { name: "exact e-mail", params: params({ filters: { email } }), peer: { offset: "0", email: peerEmail } },
    { name: "page 2,000", params: params({ page: 2000 }), peer: { offset: String(1999 * 25) } },
    {
      name: "sort by e-mail, descending",
      params: params({ sort: "email", dir: "desc" }),
      peer: { offset: "0", order: "-email" },
    },
  ];
}

export const gridPath = (p: CustomerUserListParams) => gridHref(GRID_PATH, p);

/**
 * A migrated, demo-seeded database with the 100,000 customer users: fresh each run, or, with
 * BENCH_REUSE=1, the one a previous run left (faster when measuring again after a code change).
 */
export async function gridDatabase(name: string, port: number, dir: string): Promise<string> {
  const reuse = process.env.BENCH_REUSE === "1";
  const url = await freshDatabase(name, { port, dir, fresh: !reuse });
  const seeded = await withClient(
    url,
    async (c) => (await c.query(`SELECT 1 FROM "Company" WHERE name LIKE 'Large seed %' LIMIT 1`)).rowCount,
  );
  if (seeded) {
    log("reusing the 100,000-user seed of a previous run");
  } else {
    const t1 = Date.now();
    await seedLarge(url);
    log(`${LARGE_USERS} customer users seeded, vacuumed and analysed in ${((Date.now() - t1) / 1000).toFixed(1)}s`);
  }
  return url;
}

/** The whole address of the customer user at a fixed place of the e-mail order: a real, unique one. */
export const someEmail = (url: string) =>
  withClient(
    url,
    async (c) =>
      (await c.query<{ email: string }>(`SELECT email FROM "CustomerUser" ORDER BY email OFFSET 4242 LIMIT 1`)).rows[0]!
        .email,
  );

/** The production server on `port` over `url`, and an Administrator's session cookie for it. */
export async function gridServer(url: string, port: number): Promise<{ base: string; cookie: string }> {
  await ensureBuild();
  const base = await startServer(port, url);
  log(`app server on ${base}`);
  return { base, cookie: await staffCookie(url, "admin@example.com") };
}

type RouterState = [segment: string, children: Record<string, RouterState>];

/**
 * The router state the browser holds while it shows the grid with `shown`: the root, the admin
 * layout, the back office's layout, the customer users folder, the grid's own layout and its page,
 * keyed by its search params.
 */
function gridRouterState(shown: Record<string, string>): RouterState {
  const page: RouterState = [`__PAGE__?${JSON.stringify(shown)}`, {}];
  const nest = (segments: string[]): RouterState =>
    segments.length ? [segments[0]!, { children: nest(segments.slice(1)) }] : page;
  return ["", { children: nest(["admin", "(backoffice)", "customer-users", "(grid)"]) }];
}

/**
 * The benchmarks ask for answers as they leave the application, uncompressed: Medusa's API compresses
 * nothing, and in a deployment gzip belongs to the proxy in front (`HTTP_COMPRESSION=off`); without
 * this header Node's fetch asks for gzip, and the server would spend part of each request on it.
 */
export const UNCOMPRESSED = { "accept-encoding": "identity" } as const;

/**
 * A client-side navigation to a grid URL, as the router sends it when a filter, the sort or the page
 * changes: GET with `RSC: 1`, the router state of the grid shown before (sorted by first name) and
 * the `_rsc` cache-busting parameter computed from them. The server renders only what differs: the
 * page, not the layouts around it. Resolves with the RSC payload.
 */
export function rscNavigator(base: string, cookie: string): (path: string) => Promise<string> {
  const state = encodeURIComponent(JSON.stringify(gridRouterState({ sort: "firstName", dir: "asc" })));
  return async (path) => {
    const url = new URL(path, base);
    const headers: Record<string, string> = { ...UNCOMPRESSED, rsc: "1", "next-router-state-tree": state, cookie };
    await setCacheBustingSearchParam(url, headers);
    const res = await fetch(url, { headers, redirect: "manual", signal: AbortSignal.timeout(30_000) });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`RSC ${path}: HTTP ${res.status}`);
    return body;
  };
}

/** A full page load of a grid URL with the staff session; resolves with the HTML. */
export async function loadPage(base: string, cookie: string, path: string): Promise<string> {
  const res = await fetch(new URL(path, base), {
    headers: { ...UNCOMPRESSED, cookie },
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
  const html = await res.text();
  if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
  return html;
}

export type Statement = { text: string; values: unknown[] };
export type CapturedSql = { statements: Statement[]; firstEmail: string | undefined; rowCount: number };

/** Runs each case's grid statements once through Prisma, as the page does, and keeps their SQL and parameters. */
export async function captureSql(url: string, params: CustomerUserListParams[]): Promise<CapturedSql[]> {
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    log: [{ emit: "event", level: "query" }],
  });
  const seen: Statement[] = [];
  prisma.$on("query", (e) => seen.push({ text: e.query, values: JSON.parse(e.params) as unknown[] }));
  try {
    const out: CapturedSql[] = [];
    for (const p of params) {
      const q = customerUserQuery(p);
      const statements: Statement[] = [];
      let rows: { email: string }[] = [];
      for (const [i, sql] of [q.rows, q.count].entries()) {
        seen.length = 0;
        const result = await prisma.$queryRaw<{ email: string }[]>(sql);
        if (seen.length !== 1) throw new Error(`expected one statement, saw ${seen.length}`);
        statements.push(seen[0]!);
        if (i === 0) rows = result;
      }
      out.push({ statements, firstEmail: rows[0]?.email, rowCount: rows.length });
    }
    return out;
  } finally {
    await prisma.$disconnect();
  }
}

/** Runs a case's statements directly, side by side on connections of their own, as the page runs them. */
export async function sqlTimer(url: string) {
  const clients = await Promise.all([connect(url), connect(url)]);
  const run = async (cap: CapturedSql) => {
    const [rows] = await Promise.all(
      cap.statements.map((s, k) => clients[k]!.query({ text: s.text, values: s.values, rowMode: "array" })),
    );
    if (rows!.rowCount !== cap.rowCount) throw new Error("the SQL's result differs from Prisma's");
  };
  return Object.assign(run, { end: () => Promise.all(clients.map((c) => c.end())) });
}
