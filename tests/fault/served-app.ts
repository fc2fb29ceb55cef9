// Plumbing of the fault test: a real SMTP server, the real `npm start` as a child process, HTTP
// traffic against it and short-lived database connections that survive the database going away.
import { spawn, type ChildProcess } from "node:child_process";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { SMTPServer } from "smtp-server";

/** An SMTP server on a free port that keeps the recipients of what it receives. */
export async function mailSink() {
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      stream.resume();
      stream.on("end", () => {
        received.push(...session.envelope.rcptTo.map((r) => r.address.toLowerCase()));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    received,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** `node scripts/start.mjs` with its output kept, as an operator would run `npm start`. */
export function startApp(env: NodeJS.ProcessEnv) {
  const child: ChildProcess = spawn(process.execPath, ["scripts/start.mjs"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.on("exit", (code, signal) => resolve(signal ?? code ?? -1)),
  );
  return { child, exited, output: () => output, alive: () => child.exitCode === null && child.signalCode === null };
}

export async function until<T>(what: string, read: () => Promise<T> | T, ms: number): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await Promise.resolve(read()).catch(() => null);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms / 1000}s waiting for ${what}`);
    await sleep(200);
  }
}

/** One statement on a connection of its own: the test's own access must not depend on a pool surviving the restart. */
export async function sql<R extends pg.QueryResultRow>(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<R[]> {
  const c = new pg.Client({ connectionString: url });
  c.on("error", () => {}); // a dropped connection fails the pending query instead
  await c.connect();
  try {
    return (await c.query<R>(text, values)).rows;
  } finally {
    await c.end().catch(() => {});
  }
}

export type Outcome = { kind: "read" | "write"; startedAt: number; at: number; ok: boolean; email?: string };

/**
 * A failed storefront sign-in through next-auth's credentials callback; each writes a
 * CustomerLoginAttempt row. Acknowledged: an answer below 500 that is not next-auth's redirect for a
 * server-side failure (error=Configuration), which is how it reports an unreachable database.
 */
export async function signInAttempt(base: string, email: string): Promise<boolean> {
  const signal = AbortSignal.timeout(5000);
  const csrf = await fetch(`${base}/api/shop-auth/csrf`, { signal });
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/shop-auth/callback/shop-credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password: "Not-the-password-1" }),
    signal,
  });
  await res.arrayBuffer();
  return res.status < 500 && !(res.headers.get("location") ?? "").includes("error=Configuration");
}

/** A storefront page, which reads the website, catalogue and settings from the database. */
export async function read(base: string): Promise<boolean> {
  const res = await fetch(`${base}/`, { redirect: "manual", signal: AbortSignal.timeout(5000) });
  await res.arrayBuffer();
  return res.status < 400;
}

/** Runs `once` every `gapMs` until stopped, recording each outcome with its time. */
export function loop(
  kind: Outcome["kind"],
  outcomes: Outcome[],
  once: (i: number) => Promise<{ ok: boolean; email?: string }>,
  gapMs = 250,
) {
  let running = true;
  const done = (async () => {
    for (let i = 0; running; i++) {
      const startedAt = Date.now();
      const r = await once(i).catch(() => ({ ok: false }));
      outcomes.push({ kind, startedAt, at: Date.now(), ...r });
      await sleep(gapMs);
    }
  })();
  return async () => {
    running = false;
    await done;
  };
}
