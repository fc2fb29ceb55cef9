import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const bin = (name) => path.resolve("node_modules/.bin", name);

/**
 * Run a command to completion, inheriting stdio; rejects on non-zero exit. With `timeoutMs`, a run
 * that outlives it (a hung test, say) is killed with its whole process group and counts as failed.
 */
export function run(cmd, args, { env = process.env, quiet = false, timeoutMs = 0, prefix = "" } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const what = `${prefix}${path.basename(cmd)} ${args.join(" ")}`;
    // with a prefix, output is passed through line by line, so that runs side by side stay readable
    const stdio = quiet ? ["ignore", "ignore", "inherit"] : prefix ? ["ignore", "pipe", "pipe"] : "inherit";
    const p = spawn(cmd, args, { stdio, env, detached: timeoutMs > 0 });
    if (prefix && !quiet)
      for (const [from, to] of [
        [p.stdout, process.stdout],
        [p.stderr, process.stderr],
      ])
        prefixLines(from, to, prefix);
    let timedOut = false;
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            log(`${what}: still running after ${timeoutMs / 1000}s, stopping it`);
            // SIGINT first: Playwright then stops the servers it started (they run in groups of their own)
            try {
              process.kill(-p.pid, "SIGINT");
            } catch {}
            setTimeout(() => {
              try {
                process.kill(-p.pid, "SIGKILL");
              } catch {}
            }, 30_000).unref();
          }, timeoutMs)
        : null;
    // a detached child is its own process group: take it down with us if we are interrupted
    const onExit = () => {
      try {
        process.kill(-p.pid, "SIGKILL");
      } catch {}
    };
    if (timeoutMs > 0) process.once("exit", onExit);
    p.on("error", reject);
    p.on("exit", (code, sig) => {
      if (timer) clearTimeout(timer);
      process.off("exit", onExit);
      if (code === 0 && !timedOut) {
        log(`${what}: ok in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
        resolve();
      } else reject(new Error(`${what} ${timedOut ? "timed out" : "failed"} (${sig ?? code})`));
    });
  });
}

export const log = (m) => console.log(`[concierge] ${m}`);

function prefixLines(from, to, prefix) {
  let rest = "";
  from.setEncoding("utf8");
  from.on("data", (chunk) => {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop();
    for (const line of lines) to.write(`${prefix}${line}\n`);
  });
  from.on("end", () => {
    if (rest) to.write(`${prefix}${rest}\n`);
  });
}

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const e of readdirSync(p))
    if (e !== "node_modules" && e !== "generated") max = Math.max(max, newestMtime(path.join(p, e)));
  return max;
}

/** True when .next is missing or older than any source that goes into the build. */
export function buildIsStale() {
  const id = ".next/BUILD_ID";
  if (!existsSync(id)) return true;
  const inputs = [
    "app",
    "lib",
    "components",
    "messages",
    "public",
    "next.config.js",
    "postcss.config.mjs",
    "tsconfig.json",
    "package-lock.json",
    "prisma/schema.prisma",
  ];
  return Math.max(...inputs.map(newestMtime)) > statSync(id).mtimeMs;
}

export async function staffCount(url) {
  const { default: pg } = await import("pg");
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return Number((await c.query('SELECT count(*) FROM "StaffUser"')).rows[0].count);
  } finally {
    await c.end();
  }
}

/** Demo back-office logins, as seeded (prisma/demo-logins.json). */
export function printDemoLogins(url) {
  const logins = JSON.parse(readFileSync("prisma/demo-logins.json", "utf8"));
  log(`back office: ${url}/admin`);
  for (const l of logins)
    log(`  ${l.email.padEnd(22)} ${l.password.padEnd(18)} (${l.group}${l.isAgent ? ", agent" : ""})`);
  // the storefront picks its website by host name: the shop on localhost, the wholesale site on 127.0.0.1
  const shops = { shop: url, wholesale: url.replace("localhost", "127.0.0.1") };
  const customers = JSON.parse(readFileSync("prisma/demo-customer-logins.json", "utf8"));
  for (const [code, shopUrl] of Object.entries(shops)) {
    log(`storefront (${code}): ${shopUrl}`);
    for (const c of customers.filter((x) => x.website === code))
      log(`  ${c.email.padEnd(30)} ${c.password.padEnd(18)} (${c.role}, ${c.company})`);
  }
}
