// npm run bench:users: 10,000 back-office users in a fresh database, then the server time of the
// users list (search + sort + page) through the production server, and of the same two SQL statements run
// directly on PostgreSQL. Embedded PostgreSQL 17 (.data/pg-bench) unless BENCH_DATABASE_URL names a
// server; its database `concierge_bench` is recreated.
import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "../lib/generated/prisma/client";
import { userListQuery } from "../lib/staff-users/list-query";
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
  staffCount,
  startServer,
  timeRuns,
  withClient,
} from "./lib";

const USERS = 10_000;
const PORT = 3114;
const WARMUP = 5;
const RUNS = 50;

// ---------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------

const FIRST_NAMES = [
  "Anna",
  "Annabel",
  "Hannah",
  "Joanna",
  "Johanna",
  "Marianne",
  "Sofia",
  "Zoë",
  "Chloé",
  "Lena",
  "Mia",
  "Emma",
  "Clara",
  "Ingrid",
  "Aisha",
  "Mei",
  "Priya",
  "Olga",
  "Lucía",
  "Fatima",
  "Ben",
  "Jonas",
  "Lukas",
  "Noah",
  "Elias",
  "Mateo",
  "José",
  "Omar",
  "Kenji",
  "Liam",
  "Oliver",
  "Henrik",
  "Tomasz",
  "Ahmed",
  "Raj",
  "Pierre",
  "Giovanni",
  "Sven",
  "Dmitri",
  "Kwame",
];
const LAST_NAMES = [
  "Müller",
  "Schmidt",
  "Schneider",
  "Fischer",
  "Weber",
  "Meyer",
  "Wagner",
  "Becker",
  "Hoffmann",
  "Schäfer",
  "Smith",
  "Johnson",
  "Williams",
  "Brown",
  "Jones",
  "Garcia",
  "Martínez",
  "Rodríguez",
  "Rossi",
  "Bianchi",
  "Dubois",
  "Lefèvre",
  "Nowak",
  "Kowalski",
  "Jansen",
  "de Vries",
  "Andersson",
  "Nielsen",
  "Novák",
  "Horvath",
  "Yilmaz",
  "Kaya",
  "Tanaka",
  "Suzuki",
  "Kim",
  "Nguyen",
  "Singh",
  "Patel",
  "Okafor",
  "Mensah",
  "Hannapel",
  "Savanna",
  "O'Brien",
  "Fitzgerald",
  "Lindqvist",
];
const DOMAINS = ["northwind-traders.com", "contoso.example", "fabrikam.io", "globex.net", "initech.de"];
/** A well-formed argon2id string that matches no password: bench users never sign in. */
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$YmVuY2htYXJrc2FsdA$0000000000000000000000000000000000000000000";

/** Deterministic pseudo-random numbers in [0, 1): every run seeds the same users. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ascii = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "")
    .toLowerCase();

/**
 * Inserts `n` users in one statement (arrays unnested server-side), then VACUUM ANALYZE: planner
 * statistics, and the trigram (GIN) indexes' pending lists merged as autovacuum would do on a live
 * table; without it a search first scans thousands of unmerged entries and measures 10x slower.
 */
async function seedUsers(url: string, n: number): Promise<void> {
  const rnd = mulberry32(20261123);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const now = Date.now();
  const day = 24 * 60 * 60 * 1000;
  const cols = {
    id: [] as string[],
    email: [] as string[],
    first: [] as string[],
    last: [] as string[],
    status: [] as string[],
    agent: [] as boolean[],
    locale: [] as string[],
    login: [] as (string | null)[],
    created: [] as string[],
  };
  for (let i = 0; i < n; i++) {
    const first = pick(FIRST_NAMES);
    const last = pick(LAST_NAMES);
    const r = rnd();
    const created = now - Math.floor(rnd() * 3 * 365 * day);
    cols.id.push(
      `cbench${i.toString(36).padStart(5, "0")}${Math.floor(rnd() * 36 ** 8)
        .toString(36)
        .padStart(8, "0")}`,
    );
    cols.email.push(`${ascii(first)}.${ascii(last)}.${i}@${pick(DOMAINS)}`);
    cols.first.push(first);
    cols.last.push(last);
    cols.status.push(r < 0.85 ? "ACTIVE" : r < 0.95 ? "DEACTIVATED" : "DELETED");
    cols.agent.push(rnd() < 0.15);
    cols.locale.push(rnd() < 0.3 ? "de" : "en");
    cols.login.push(
      rnd() < 0.7 ? new Date(Math.max(created, now - Math.floor(rnd() * 180 * day))).toISOString() : null,
    );
    cols.created.push(new Date(created).toISOString());
  }
  await withClient(url, async (c) => {
    await c.query(
      `INSERT INTO "StaffUser" ("id", "email", "passwordHash", "firstName", "lastName", "status", "isAgent", "locale", "lastLoginAt", "createdAt", "updatedAt")
       SELECT t.id, t.email, $1, t.first, t.last, t.status, t.agent, t.locale, t.login, t.created, t.created
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::"StaffStatus"[], $7::boolean[], $8::text[], $9::timestamp(3)[], $10::timestamp(3)[])
         AS t(id, email, first, last, status, agent, locale, login, created)`,
      [
        DUMMY_HASH,
        cols.id,
        cols.email,
        cols.first,
        cols.last,
        cols.status,
        cols.agent,
        cols.locale,
        cols.login,
        cols.created,
      ],
    );
    await c.query("VACUUM ANALYZE");
  });
}

// ---------------------------------------------------------------------------
// Cases: one users-list URL each, and the query the page runs for it (userListQuery)
// ---------------------------------------------------------------------------

type Sort = "email" | "firstName" | "lastName" | "lastLoginAt" | "status" | "isAgent";
type Case = {
  name: string;
  q?: string;
  status?: "ACTIVE" | "DEACTIVATED" | "DELETED";
  sort: Sort;
  dir: "asc" | "desc";
  page?: number;
  size?: 10 | 25 | 50 | 100;
};

const CASES: Case[] = [
  { name: "default (email asc, p1, 25)", sort: "email", dir: "asc" },
  { name: "q=anna, lastName asc", q: "anna", sort: "lastName", dir: "asc" },
  { name: "lastLoginAt desc, p50, 50", sort: "lastLoginAt", dir: "desc", page: 50, size: 50 },
  { name: "status=DEACTIVATED, firstName, 100", status: "DEACTIVATED", sort: "firstName", dir: "asc", size: 100 },
  { name: "q=fabrikam, status desc", q: "fabrikam", sort: "status", dir: "desc" },
];

function pageUrl(base: string, c: Case): string {
  const qs = new URLSearchParams();
  if (c.q) qs.set("q", c.q);
  if (c.status) qs.set("status", c.status);
  qs.set("sort", c.sort);
  qs.set("dir", c.dir);
  if (c.page) qs.set("page", String(c.page));
  if (c.size) qs.set("size", String(c.size));
  return `${base}/admin/users?${qs.toString()}`;
}

/** The users page's own query (lib/staff-users/list-query.ts) for the case. */
const listArgs = (c: Case) =>
  userListQuery({
    q: c.q ?? "",
    filters: c.status ? { status: c.status } : {},
    sort: c.sort,
    dir: c.dir,
    page: c.page ?? 1,
    size: c.size ?? 25,
  });

type Statement = { text: string; values: unknown[] };
type Captured = { rows: Statement; count: Statement; firstEmail: string | undefined; rowCount: number; total: number };

/** Runs the list query once through Prisma and keeps the SQL and parameters of its two statements. */
async function captureSql(url: string): Promise<Map<Case, Captured>> {
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    log: [{ emit: "event", level: "query" }],
  });
  const seen: Statement[] = [];
  prisma.$on("query", (e) => seen.push({ text: e.query, values: JSON.parse(e.params) as unknown[] }));
  const only = async <T>(run: () => Promise<T>): Promise<[T, Statement]> => {
    seen.length = 0;
    const result = await run();
    if (seen.length !== 1) throw new Error(`expected one statement, Prisma issued ${seen.length}`);
    return [result, seen[0]!];
  };
  const out = new Map<Case, Captured>();
  try {
    for (const c of CASES) {
      const args = listArgs(c);
      const [rows, rowsSql] = await only(() => prisma.staffUser.findMany(args.findMany));
      const [total, countSql] = await only(() => prisma.staffUser.count(args.count));
      out.set(c, { rows: rowsSql, count: countSql, firstEmail: rows[0]?.email, rowCount: rows.length, total });
    }
  } finally {
    await prisma.$disconnect();
  }
  return out;
}

// ---------------------------------------------------------------------------
// Run
// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  const t0 = Date.now();
  const url = await freshDatabase("concierge_bench");
  const t1 = Date.now();
  await seedUsers(url, USERS);
  log(
    `${USERS} users inserted, vacuumed and analysed in ${((Date.now() - t1) / 1000).toFixed(1)}s (${await staffCount(url)} in total)`,
  );
  const captured = await captureSql(url);

  await ensureBuild();
  const base = await startServer(PORT, url);
  log(`app server on ${base}`);
  const cookie = await staffCookie(url, "admin@example.com");

  const [sqlA, sqlB] = await Promise.all([connect(url), connect(url)]);

  const results: { c: Case; page: number[]; sql: number[]; cap: Captured }[] = [];
  try {
    for (const c of CASES) {
      const cap = captured.get(c)!;
      const target = pageUrl(base, c);
      const page = await timeRuns(WARMUP, RUNS, async () => {
        const res = await fetch(target, {
          headers: { cookie },
          redirect: "manual",
          signal: AbortSignal.timeout(30_000),
        });
        const html = await res.text();
        if (res.status !== 200) throw new Error(`${target}: HTTP ${res.status}`);
        if (!html.includes('data-testid="users-table"')) throw new Error(`${target}: no users table in the page`);
        if (cap.firstEmail && !html.includes(cap.firstEmail))
          throw new Error(`${target}: first row ${cap.firstEmail} missing`);
      });
      // both statements at once on two connections, as listUsers runs them with Promise.all
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

  const all = (k: "page" | "sql") => results.flatMap((r) => r[k]);
  const table = formatTable(
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
  );
  console.log(`\nUsers list, ${USERS} users, ${RUNS} timed runs per case after ${WARMUP} warm-up runs`);
  console.log("page: GET with a staff session to the full HTML body; sql: the list's two statements, run directly\n");
  console.log(table);
  console.log("\nSQL per case:");
  for (const r of results) {
    console.log(
      `- ${r.c.name}\n    ${r.cap.rows.text}\n      params ${JSON.stringify(r.cap.rows.values)}\n    ${r.cap.count.text}\n      params ${JSON.stringify(r.cap.count.values)}`,
    );
  }
  log(`done in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
}

await runBench(main);
