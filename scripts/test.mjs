// npm test: typecheck, lint and unit side by side -> integration (a database per worker, two workers) beside
// the production build and then the fault tier (`npm start` on that build, against a PostgreSQL of its own that
// it stops and starts again: .data/pg-fault on TEST_PGPORT+1, the app on E2E_PORT+2) -> the Playwright e2e
// suite (two shards side by side, each with its own database and servers).
// Embedded PostgreSQL 17 (.data/pg-test) unless TEST_DATABASE_URL names a server to use (its database
// `<name>`, `<name>_e2e` and `<name>_e2e2` are recreated).
//   node scripts/test.mjs --only=integration   just the integration tests
//   node scripts/test.mjs --only=e2e -- e2e/foo.spec.ts   just some end-to-end specs (arguments after -- go to
//   vitest or Playwright, e.g. a file filter)
//   node scripts/test.mjs --only=fault   just the PostgreSQL restart test
import { existsSync, readdirSync, readFileSync } from "node:fs";

import { browserPath } from "./lib/browser.mjs";
import { bin, buildIsStale, log, run } from "./lib/common.mjs";
import { ensureDatabase, startEmbeddedPostgres } from "./lib/embedded-pg.mjs";

const t0 = Date.now();
// each tier has a ceiling: a hang (a test waiting on itself, a server that never answers) fails the run
// instead of holding CI until its own limit
const MIN = 60_000;
const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7);
const dashes = process.argv.indexOf("--");
const extra = dashes >= 0 ? process.argv.slice(dashes + 1) : [];
const base = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
};
delete base.DATABASE_URL;
const chromium = browserPath(base);
let db = null;
let code = 0;
const stop = async () => {
  if (db) await db.pg.stop().catch(() => {});
};
for (const s of ["SIGINT", "SIGTERM"])
  process.on(s, async () => {
    await stop();
    process.exit(130);
  });

async function databases() {
  let server = base.TEST_DATABASE_URL;
  let name = server ? decodeURIComponent(new URL(server).pathname.slice(1)) : "concierge_test";
  if (!server) {
    db = await startEmbeddedPostgres({ dir: ".data/pg-test", port: Number(base.TEST_PGPORT ?? 54339) });
    server = db.url("postgres");
  }
  if (!name.includes("test")) name += "_test";
  return { server, name };
}

/** Waits for every run, then fails with the first failure: a failing tier does not cut the others short. */
async function all(runs) {
  const results = await Promise.allSettled(runs);
  const failed = results.find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
}

/**
 * The suite runs in shards side by side, each with a database, servers and a mail server of its
 * own (ports E2E_PORT + 20 × shard), so no shard sees another's settings, lockouts or sessions;
 * specsPerShard decides which files each runs.
 * E2E_SHARDS=1 runs it in one; a file filter after -- runs in one.
 */
function prepareShards(server, name, shards) {
  const firstPort = Number(base.E2E_PORT ?? 3104);
  return Promise.all(
    Array.from({ length: shards }, async (_, i) => {
      const port = String(firstPort + 20 * i);
      const env = {
        ...base,
        E2E_PORT: port,
        E2E_OUTPUT_DIR: shards > 1 ? `test-results/shard-${i + 1}` : "test-results",
        DATABASE_URL: await ensureDatabase(server, `${name}_e2e${i === 0 ? "" : i + 1}`, { fresh: true }),
        AUTH_SECRET: "e2e-secret-not-for-production-0123456789",
        // the whole suite signs in from 127.0.0.1: keep the per-IP limits out of the way of the per-account ones
        STAFF_LOGIN_IP_MAX_FAILURES: "1000",
        SHOP_LOGIN_IP_MAX_FAILURES: "1000",
      };
      await run(bin("prisma"), ["migrate", "deploy"], { env, quiet: true });
      await run(bin("tsx"), ["prisma/seed.ts"], { env: { ...env, PORT: port }, quiet: true });
      return env;
    }),
  );
}

/**
 * The spec files of each shard, balanced by how long each file took (e2e/durations.json, seconds as
 * measured in a full run; a file not listed counts as an average one): the longest first, each to the
 * shard with the least so far. Playwright's own --shard cuts the alphabetical list by count.
 */
function specsPerShard(shards) {
  const took = JSON.parse(readFileSync("e2e/durations.json", "utf8"));
  const known = Object.values(took);
  const average = known.reduce((a, b) => a + b, 0) / Math.max(1, known.length);
  const files = readdirSync("e2e")
    .filter((f) => f.endsWith(".spec.ts"))
    .map((f) => `e2e/${f}`);
  const load = Array.from({ length: shards }, () => ({ seconds: 0, files: [] }));
  for (const file of files.sort((a, b) => (took[b] ?? average) - (took[a] ?? average) || a.localeCompare(b))) {
    const lightest = load.reduce((min, s) => (s.seconds < min.seconds ? s : min));
    lightest.seconds += took[file] ?? average;
    lightest.files.push(file);
  }
  return load.map((s) => s.files);
}

try {
  if (!only) {
    if (!existsSync(chromium))
      throw new Error(`${chromium} not found: apt-get install -y chromium-headless-shell (or set CHROMIUM_PATH)`);
    await run(bin("next"), ["typegen"], { env: base, quiet: true });
    // the static checks and the unit tests are independent: side by side they keep both cores busy
    await all([
      run(bin("tsc"), ["--noEmit"], { env: base }),
      run(bin("eslint"), ["--max-warnings=0", "."], { env: base }),
      run(bin("prettier"), ["--check", ".", "--log-level", "warn"], { env: base }),
      // the layers of lib/ (.dependency-cruiser.cjs) and no cycle between its folders
      run(process.execPath, ["scripts/check-layers.mjs"], { env: base }),
      run(bin("vitest"), ["run", "--project", "unit"], { env: base, timeoutMs: MIN * 3 }),
    ]);
  }
  const { server, name } = only === "fault" ? {} : await databases();
  // the production build for the e2e and fault tiers runs while the integration tests do (they mostly
  // wait on PostgreSQL); a failed build is reported where the build is needed
  let build = null;
  if (!only && buildIsStale()) {
    // tsc --noEmit above checked the very tree being built: the build need not check it again
    build = run(bin("next"), ["build"], { env: { ...base, BUILD_TYPES_CHECKED: "1" }, quiet: true });
    build.catch(() => {});
  }
  // the e2e shards' databases are migrated and seeded while the integration tests run
  const e2eWanted = !only || only === "e2e";
  const shards = only && extra.length ? 1 : Math.max(1, Number(base.E2E_SHARDS ?? 2));
  const shardEnvs = e2eWanted ? prepareShards(server, name, shards) : null;
  shardEnvs?.catch(() => {});

  // The integration tests run beside the production build and then the fault tier (a PostgreSQL, a server and ports
  // of its own); the e2e shards follow.
  const integration =
    !only || only === "integration"
      ? (async () => {
          // one database per vitest worker: the files spread over both cores (INTEGRATION_WORKERS=1: one)
          const workers = Math.max(1, Number(base.INTEGRATION_WORKERS ?? 2));
          const names = Array.from({ length: workers }, (_, i) => (i === 0 ? name : `${name}_w${i + 1}`));
          const urls = await Promise.all(
            names.map(async (db) => {
              const url = await ensureDatabase(server, db, { fresh: true });
              await run(bin("prisma"), ["migrate", "deploy"], { env: { ...base, DATABASE_URL: url }, quiet: true });
              return url;
            }),
          );
          log(`integration databases: ${names.join(", ")}`);
          await run(bin("vitest"), ["run", "--project", "integration", ...(only ? extra : [])], {
            env: { ...base, DATABASE_URL: urls[0], INTEGRATION_DATABASE_URLS: urls.join(" ") },
            timeoutMs: MIN * 8,
          });
        })()
      : null;
  integration?.catch(() => {});
  const tiers = integration ? [integration] : [];

  const built =
    e2eWanted || !only || only === "fault"
      ? (build ?? (buildIsStale() ? run(bin("next"), ["build"], { env: base, quiet: true }) : Promise.resolve()))
      : null;
  built?.catch(() => {});
  if (!only || only === "fault") {
    // the fault tier (mostly waiting for the PostgreSQL it stopped) runs beside the integration tests,
    // as soon as the build is there: beside the e2e shards, its timings would compete with two browsers
    const faultEnv = {
      ...base,
      FAULT_PGPORT: String(Number(base.TEST_PGPORT ?? 54339) + 1),
      FAULT_PORT: String(Number(base.E2E_PORT ?? 3104) + 2),
    };
    tiers.push(
      (async () => {
        await built;
        await run(bin("vitest"), ["run", "--project", "fault", ...(only ? extra : [])], {
          env: faultEnv,
          timeoutMs: MIN * 5,
          prefix: only ? "" : "[fault] ",
        });
      })(),
    );
  }
  if (e2eWanted) {
    await built;
    // beside the e2e shards the integration tests slow to a crawl (both compete for the same two
    // cores and PostgreSQL): the shards wait for them
    await integration;
    const envs = await shardEnvs;
    const specs = shards > 1 ? specsPerShard(shards) : [];
    tiers.push(
      ...envs.map((env, i) =>
        run(bin("playwright"), ["test", ...(shards > 1 ? specs[i] : []), ...(only ? extra : [])], {
          env,
          timeoutMs: MIN * 15,
          prefix: shards > 1 ? `[e2e ${i + 1}/${shards}] ` : "",
        }),
      ),
    );
  }
  await all(tiers);
  log(`all tests passed in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
} catch (e) {
  console.error(`[concierge] ${e.message}`);
  code = 1;
}
await stop();
process.exit(code);
