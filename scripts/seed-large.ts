// npm run seed:large: 5,000 companies (a fifth of them subsidiaries) and 100,000 customer users over
// the seeded websites, for sizing the customer grids. Refuses to run twice on the same database.
import { pathToFileURL } from "node:url";
import pg from "pg";

export const LARGE_COMPANIES = 5_000;
export const LARGE_USERS = 100_000;
const MARK = "Large seed ";

const FIRST = [
  "Anna",
  "Ben",
  "Clara",
  "David",
  "Emma",
  "Felix",
  "Greta",
  "Hugo",
  "Ida",
  "Jonas",
  "Klara",
  "Lukas",
  "Mia",
  "Noah",
  "Olga",
  "Paul",
  "Rosa",
  "Sven",
  "Tara",
  "Umar",
];
const LAST = [
  "Müller",
  "Schmidt",
  "Fischer",
  "Weber",
  "Meyer",
  "Wagner",
  "Becker",
  "Hoffmann",
  "Smith",
  "Johnson",
  "Brown",
  "Garcia",
  "Rossi",
  "Dubois",
  "Nowak",
  "Jansen",
  "Nielsen",
  "Yilmaz",
  "Tanaka",
  "Nguyen",
  "Patel",
  "Okafor",
  "Kim",
  "Singh",
];
const SECTORS = [
  "Traders",
  "Logistics",
  "Foods",
  "Hardware",
  "Textiles",
  "Medical",
  "Energy",
  "Media",
  "Motors",
  "Pharma",
];

/** Deterministic pseudo-random numbers in [0, 1): every run seeds the same data. */
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
    .toLowerCase();

/**
 * The companies and customer users of the large seed, column by column, the same on every run: the
 * benchmarks seed a peer system (bench/medusa-seed.ts) with the very same people.
 */
export function largeSeedData(websites: readonly string[], now = Date.now()) {
  const rnd = mulberry32(20261123);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const co = { id: [] as string[], name: [] as string[], parent: [] as (string | null)[], website: [] as string[] };
  for (let i = 0; i < LARGE_COMPANIES; i++) {
    co.id.push(`clarge${i.toString(36).padStart(6, "0")}`);
    co.name.push(`${MARK}${pick(LAST)} ${pick(SECTORS)} ${i}`);
    // the last fifth are subsidiaries of one of the first 1,000 companies, on the parent's website
    const parent = i >= LARGE_COMPANIES * 0.8 ? Math.floor(rnd() * 1000) : null;
    co.parent.push(parent === null ? null : co.id[parent]!);
    co.website.push(parent === null ? pick(websites) : co.website[parent]!);
  }
  const u = {
    id: [] as string[],
    company: [] as string[],
    /** index into the company columns */
    companyIndex: [] as number[],
    website: [] as string[],
    email: [] as string[],
    first: [] as string[],
    last: [] as string[],
    enabled: [] as boolean[],
    confirmed: [] as boolean[],
    status: [] as string[],
    locked: [] as boolean[],
    created: [] as string[],
  };
  for (let i = 0; i < LARGE_USERS; i++) {
    const company = Math.floor(rnd() * LARGE_COMPANIES);
    const [first, last] = [pick(FIRST), pick(LAST)];
    const r = rnd();
    u.id.push(`cularge${i.toString(36).padStart(6, "0")}`);
    u.company.push(co.id[company]!);
    u.companyIndex.push(company);
    u.website.push(co.website[company]!);
    u.email.push(`${ascii(first)}.${ascii(last)}.${i}@customer${company}.example.com`);
    u.first.push(first);
    u.last.push(last);
    u.enabled.push(rnd() < 0.9);
    u.confirmed.push(rnd() < 0.8);
    u.status.push(r < 0.9 ? "ACTIVE" : r < 0.97 ? "RESET" : "EXPIRED");
    u.locked.push(rnd() < 0.02);
    u.created.push(new Date(now - Math.floor(rnd() * 3 * 365 * 86_400_000)).toISOString());
  }
  return { companies: co, users: u };
}

/**
 * Two INSERT ... SELECT unnest statements (companies, then users) in one transaction, then VACUUM
 * ANALYZE: planner statistics, and the trigram indexes' pending lists merged as on a live table.
 */
export async function seedLarge(url: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const websites = (await c.query<{ id: string }>('SELECT id FROM "Website" ORDER BY code')).rows.map((r) => r.id);
    if (websites.length === 0) throw new Error("no websites: run the demo seed (prisma/seed.ts) first");
    if ((await c.query(`SELECT 1 FROM "Company" WHERE name LIKE $1 LIMIT 1`, [`${MARK}%`])).rowCount)
      throw new Error("the large seed is already in this database");
    const { companies: co, users: u } = largeSeedData(websites);
    await c.query("BEGIN");
    await c.query(
      `INSERT INTO "Company" (id, name, "parentId", "websiteId", "createdAt", "updatedAt")
       SELECT t.id, t.name, t.parent, t.website, now(), now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(id, name, parent, website)`,
      [co.id, co.name, co.parent, co.website],
    );
    await c.query(
      `INSERT INTO "CustomerUser" (id, "companyId", "websiteId", email, "firstName", "lastName", enabled, confirmed, "passwordStatus", locked, "createdAt", "updatedAt")
       SELECT t.id, t.company, t.website, t.email, t.first, t.last, t.enabled, t.confirmed, t.status, t.locked, t.created, t.created
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[], $8::boolean[], $9::"PasswordStatus"[], $10::boolean[], $11::timestamp(3)[])
         AS t(id, company, website, email, first, last, enabled, confirmed, status, locked, created)`,
      [u.id, u.company, u.website, u.email, u.first, u.last, u.enabled, u.confirmed, u.status, u.locked, u.created],
    );
    await c.query("COMMIT");
    await c.query("VACUUM ANALYZE");
  } catch (e) {
    await c.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await c.end();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  // without DATABASE_URL: the embedded dev database of `npm run db:dev`
  const url =
    process.env.DATABASE_URL ?? `postgresql://postgres:postgres@127.0.0.1:${process.env.PGPORT ?? 54329}/concierge`;
  const t0 = Date.now();
  try {
    await seedLarge(url);
    console.log(
      `[concierge] ${LARGE_COMPANIES} companies and ${LARGE_USERS} customer users seeded in ${((Date.now() - t0) / 1000).toFixed(1)}s`,
    );
  } catch (e) {
    console.error(`[concierge] ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
