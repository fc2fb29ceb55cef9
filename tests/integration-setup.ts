import { afterAll } from "vitest";

// scripts/test.mjs gives each vitest worker a database of its own (INTEGRATION_DATABASE_URLS, one per worker):
// files in one worker run one after another on it, as they did when all shared one database. This runs
// before the test file imports lib/db, which reads DATABASE_URL once.
const urls = process.env.INTEGRATION_DATABASE_URLS?.split(" ").filter(Boolean) ?? [];
if (urls.length) {
  const worker = Number(process.env.VITEST_POOL_ID ?? 1);
  process.env.DATABASE_URL = urls[(worker - 1) % urls.length];
}

if (!process.env.DATABASE_URL?.includes("test"))
  throw new Error("refusing to run integration tests against a database whose name lacks 'test'");

afterAll(async () => {
  const { prisma } = await import("@/lib/db");
  await prisma.$disconnect();
});
