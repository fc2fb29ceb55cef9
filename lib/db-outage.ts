import "server-only";

import { setTimeout as sleep } from "node:timers/promises";

// Node's socket errors, and PostgreSQL's "admin shutdown", "crash shutdown", "cannot connect now";
// SQLSTATE class 08 is "connection exception"
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "57P01",
  "57P02",
  "57P03",
]);
// pg reports a dropped or refused connection in words only
const CONNECTION_MESSAGES =
  /connection terminated|connection error|not queryable|timeout exceeded when trying to connect/i;

/** True when PostgreSQL could not be reached or went away, as opposed to a statement that failed. */
export function isConnectionError(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== "object" || depth > 3) return false;
  const { code, message, errors, cause } = e as {
    code?: unknown;
    message?: unknown;
    errors?: unknown;
    cause?: unknown;
  };
  if (typeof code === "string" && (CONNECTION_CODES.has(code) || code.startsWith("08"))) return true;
  if (typeof message === "string" && CONNECTION_MESSAGES.test(message)) return true;
  // a refused connection to a host with IPv4 and IPv6 addresses arrives as an AggregateError
  if (Array.isArray(errors) && errors.some((x) => isConnectionError(x, depth + 1))) return true;
  return isConnectionError(cause, depth + 1);
}

const messageOf = (e: unknown) => (e && typeof e === "object" && "message" in e ? String(e.message) : String(e));

export type OutageLog = {
  /** An error of one of the callers: an outage is logged when it starts, any other error every time. */
  failure(e: unknown, context: string): void;
  /** Something reached the database: ends an outage, logging how long it lasted. */
  recovered(): void;
  readonly down: boolean;
};

/**
 * One log line when PostgreSQL becomes unreachable and one when it is back, however many pollers
 * (queue fetches every 2 s, the sweeper, maintenance) fail in between.
 */
export function outageLog(log: (line: string) => void, now = Date.now): OutageLog {
  let since: number | null = null;
  return {
    get down() {
      return since !== null;
    },
    failure(e, context) {
      if (!isConnectionError(e)) return log(`${context}: ${messageOf(e)}`);
      if (since !== null) return;
      since = now();
      log(`database unreachable (${messageOf(e)}); retrying until it is back`);
    },
    recovered() {
      if (since === null) return;
      log(`database reachable again after ${((now() - since) / 1000).toFixed(1)}s`);
      since = null;
    },
  };
}

/**
 * Runs `start` until it succeeds while the failures are an outage, waiting 1 s, 2 s, 4 s ... 30 s
 * between attempts. Other errors are thrown, and so is the abort of `signal` (shutdown).
 */
export async function retryWhileDown<T>(
  start: () => Promise<T>,
  outage: OutageLog,
  signal: AbortSignal,
  context: string,
): Promise<T> {
  for (let delay = 1000; ; delay = Math.min(delay * 2, 30_000)) {
    signal.throwIfAborted();
    try {
      const result = await start();
      outage.recovered();
      return result;
    } catch (e) {
      if (!isConnectionError(e)) throw e;
      outage.failure(e, context);
    }
    await sleep(delay, undefined, { signal });
  }
}
