// PostgreSQL stops for 10 s under `npm start` (web server + e-mail worker) with traffic running, then
// comes back. `node scripts/test.mjs --only=fault` runs it against the production build.
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, expect, it, onTestFailed } from "vitest";

import { ensureDatabase, startEmbeddedPostgres } from "../../scripts/lib/embedded-pg.mjs";
import { loop, mailSink, read, signInAttempt, sql, startApp, until, type Outcome } from "./served-app";

const PG_PORT = Number(process.env.FAULT_PGPORT ?? 54340);
const APP_PORT = Number(process.env.FAULT_PORT ?? 3106);
const base = `http://127.0.0.1:${APP_PORT}`;
const run = randomUUID().slice(0, 8);
const OUTPUT_FILE = ".data/fault-test-npm-start.log";

let db: Awaited<ReturnType<typeof startEmbeddedPostgres>>;
let url: string;
let sink: Awaited<ReturnType<typeof mailSink>>;
let app: ReturnType<typeof startApp>;
const stoppers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  db = await startEmbeddedPostgres({ dir: ".data/pg-fault", port: PG_PORT });
  url = await ensureDatabase(db.url("postgres"), "concierge_fault", { fresh: true });
  sink = await mailSink();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    PORT: String(APP_PORT),
    HOSTNAME: "127.0.0.1",
    SMTP_URL: sink.url,
    AUTH_SECRET: "fault-secret-not-for-production-0123456789",
  };
  delete env.WORKER;
  delete env.TRUST_PROXY;
  app = startApp(env);
  // migrations, demo seed, then both children
  await until(
    "the web server and the worker",
    async () => app.output().includes("[mail] worker started") && (await read(base)),
    90_000,
  );
});

afterAll(async () => {
  await Promise.all(stoppers.map((stop) => stop()));
  if (app?.alive()) {
    app.child.kill("SIGTERM");
    await app.exited;
  }
  await sink?.close();
  await db?.pg.stop();
});

const queueMail = (to: string) =>
  sql(
    url,
    `INSERT INTO "EmailMessage" (id, "idempotencyKey", "to", subject, text) VALUES ($1, $1, $2, 'Fault test', 'body')`,
    [`fault-${to}`, to],
  );

it("rides out a PostgreSQL restart: answers again within 5 s, loses no acknowledged write, delivers the mail, stops cleanly", async () => {
  onTestFailed(() => {
    writeFileSync(OUTPUT_FILE, app.output());
    console.error(`npm start's output is in ${OUTPUT_FILE}; its last lines:\n${app.output().slice(-3000)}`);
  });
  const outcomes: Outcome[] = [];
  const stopWriting = loop("write", outcomes, async (i) => {
    const email = `fault-${run}-${i}@example.com`;
    return { ok: await signInAttempt(base, email), email };
  });
  const stopReading = loop("read", outcomes, async () => ({ ok: await read(base) }));
  stoppers.push(stopWriting, stopReading);

  // a cold server's first sign-in can take seconds on a busy machine: start the outage once both kinds have gone through
  const good = (kind: Outcome["kind"], after = 0) => outcomes.find((o) => o.kind === kind && o.ok && o.at > after);
  await until("traffic before the outage", () => good("read") && good("write"), 30_000);
  await sleep(1000);
  const before = `before-${run}@example.com`;
  await queueMail(before);
  await db.pg.stop();
  const downAt = Date.now();
  await sleep(10_000);
  await db.pg.start();
  const backAt = Date.now();

  const back = (kind: Outcome["kind"]) => until(`a good ${kind} after the restart`, () => good(kind, backAt), 15_000);
  const [firstRead, firstWrite] = await Promise.all([back("read"), back("write")]);
  expect(firstRead.at - backAt).toBeLessThan(5000);
  expect(firstWrite.at - backAt).toBeLessThan(5000);

  const after = `after-${run}@example.com`;
  await queueMail(after);
  await sleep(2000);
  await stopWriting();

  // the outage was real, and traffic was acknowledged on both sides of it
  expect(outcomes.some((o) => o.startedAt > downAt && o.at < backAt && !o.ok)).toBe(true);
  const acknowledged = outcomes.filter((o) => o.kind === "write" && o.ok).map((o) => o.email!);
  expect(outcomes.filter((o) => o.kind === "write" && o.ok && o.at < downAt).length).toBeGreaterThan(0);
  expect(outcomes.filter((o) => o.kind === "write" && o.ok && o.at > backAt).length).toBeGreaterThan(0);
  const stored = new Set(
    (
      await sql<{ email: string }>(url, `SELECT email FROM "CustomerLoginAttempt" WHERE email LIKE $1`, [
        `fault-${run}-%`,
      ])
    ).map((r) => r.email),
  );
  expect(acknowledged.filter((e) => !stored.has(e))).toEqual([]);
  console.log(
    `answering again ${firstRead.at - backAt} ms (read) and ${firstWrite.at - backAt} ms (write) after PostgreSQL's return; ` +
      `${acknowledged.length} sign-ins acknowledged, all stored`,
  );

  // the same worker delivers what was queued before the outage and after it
  await until(
    "both e-mails at the SMTP server",
    () => sink.received.includes(before) && sink.received.includes(after),
    30_000,
  );
  expect(app.alive()).toBe(true);
  const log = app.output();
  expect(log).not.toContain("starting it again");
  expect(log.match(/\[worker\] database unreachable/g)).toHaveLength(1);
  expect(log.match(/\[worker\] database reachable again/g)).toHaveLength(1);

  // stopped while the reader still keeps its connection busy: that must not hold the shutdown up
  const stoppingAt = Date.now();
  app.child.kill("SIGTERM");
  expect(await Promise.race([app.exited, sleep(20_000).then(() => "still running")])).toBe(0);
  // well inside the 10 s after which the supervisor would kill a child that does not stop
  expect(Date.now() - stoppingAt).toBeLessThan(8000);
  await stopReading();
  expect(app.output()).not.toMatch(/unhandled|uncaught/i);
});
