// npm run bench:medusa-seed: the 100,000 customer users of seed:large, as Medusa 2.x customers, into the
// database of a Medusa project (MEDUSA_DATABASE_URL, the DATABASE_URL of its .env), for bench:peer to
// compare the customer lists of both systems on the same people: same names, addresses and company
// names. Writes the `customer` table of Medusa's customer module directly (the admin API would take
// an hour for 100,000), in one transaction, then VACUUM ANALYZE. Refuses to run twice.
import { randomBytes } from "node:crypto";
import pg from "pg";

import { LARGE_USERS, largeSeedData } from "../scripts/seed-large";
import { log, runBench } from "./lib";

const MARK = "Large seed ";
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A Medusa-style id: prefix and a ULID (48-bit time, 80 random bits, Crockford base 32). */
function medusaId(prefix: string, time: number): string {
  let out = "";
  for (let t = time, i = 0; i < 10; i++, t = Math.floor(t / 32)) out = CROCKFORD[t % 32] + out;
  for (const b of randomBytes(16)) out += CROCKFORD[b % 32];
  return `${prefix}_${out}`;
}

async function main(): Promise<void> {
  const url = process.env.MEDUSA_DATABASE_URL;
  if (!url) throw new Error("set MEDUSA_DATABASE_URL to the database of the Medusa project (DATABASE_URL in its .env)");
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    if ((await c.query(`SELECT 1 FROM customer WHERE email LIKE '%@customer%.example.com' LIMIT 1`)).rowCount)
      throw new Error("the large seed is already in this database");
    const t0 = Date.now();
    // one "website": the ids of seed:large stay the same whatever the list holds
    const { companies, users } = largeSeedData(["medusa"]);
    const ids = users.created.map((iso) => medusaId("cus", Date.parse(iso)));
    const companyNames = users.companyIndex.map((i) => companies.name[i]!.slice(MARK.length));
    await c.query("BEGIN");
    await c.query(
      `INSERT INTO customer (id, email, first_name, last_name, company_name, has_account, created_at, updated_at)
       SELECT t.id, t.email, t.first, t.last, t.company, true, t.created, t.created
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[])
         AS t(id, email, first, last, company, created)`,
      [ids, users.email, users.first, users.last, companyNames, users.created],
    );
    await c.query("COMMIT");
    await c.query("VACUUM ANALYZE customer");
    log(`${LARGE_USERS} Medusa customers seeded in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  } catch (e) {
    await c.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await c.end();
  }
}

await runBench(main);
