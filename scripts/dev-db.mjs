// Standalone dev database (for `prisma migrate dev`): node scripts/dev-db.mjs
import { ensureDatabase, startEmbeddedPostgres } from "./lib/embedded-pg.mjs";

const port = Number(process.env.PGPORT ?? 54329);
const { pg, url } = await startEmbeddedPostgres({ dir: process.env.PGDATA_DIR ?? ".data/postgres", port });
console.log(`DATABASE_URL=${await ensureDatabase(url("postgres"), "concierge")}`);
for (const s of ["SIGINT", "SIGTERM"])
  process.on(s, async () => {
    await pg.stop();
    process.exit(0);
  });
setInterval(() => {}, 1 << 30);
