import { describe, expect, it } from "vitest";

import { isConnectionError, outageLog, retryWhileDown } from "./db-outage";

const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
const shutdown = Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });
const syntax = Object.assign(new Error('syntax error at or near "SELCT"'), { code: "42601" });

describe("isConnectionError", () => {
  it("recognises an unreachable or restarting PostgreSQL", () => {
    expect(isConnectionError(refused)).toBe(true);
    expect(isConnectionError(shutdown)).toBe(true);
    expect(isConnectionError(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isConnectionError(new AggregateError([refused], ""))).toBe(true);
    // pg-boss hands worker errors on as plain objects
    expect(isConnectionError({ ...refused, message: refused.message, queue: "mail-deliver" })).toBe(true);
    expect(isConnectionError(new Error("delivery failed", { cause: refused }))).toBe(true);
  });

  it("leaves failing statements and other faults alone", () => {
    expect(isConnectionError(syntax)).toBe(false);
    expect(isConnectionError(new Error("mailbox unavailable"))).toBe(false);
    expect(isConnectionError(undefined)).toBe(false);
  });
});

describe("outageLog", () => {
  it("logs an outage once when it starts and once when it ends, however many pollers fail", () => {
    const lines: string[] = [];
    let t = 0;
    const outage = outageLog(
      (l) => lines.push(l),
      () => t,
    );
    for (let i = 0; i < 20; i++) outage.failure(i % 2 ? refused : shutdown, "queue error");
    expect(outage.down).toBe(true);
    t = 10_400;
    outage.recovered();
    outage.recovered();
    expect(lines).toEqual([
      "database unreachable (terminating connection due to administrator command); retrying until it is back",
      "database reachable again after 10.4s",
    ]);
    expect(outage.down).toBe(false);
  });

  it("logs every other error with its context, as each says something new", () => {
    const lines: string[] = [];
    const outage = outageLog((l) => lines.push(l));
    outage.failure(syntax, "sweep failed");
    outage.failure(syntax, "sweep failed");
    expect(lines).toEqual([
      'sweep failed: syntax error at or near "SELCT"',
      'sweep failed: syntax error at or near "SELCT"',
    ]);
    expect(outage.down).toBe(false);
  });
});

describe("retryWhileDown", () => {
  it("tries again while the database is unreachable and logs the recovery", async () => {
    const lines: string[] = [];
    const outage = outageLog((l) => lines.push(l));
    let calls = 0;
    const started = await retryWhileDown(
      async () => (++calls < 2 ? Promise.reject(refused) : "started"),
      outage,
      new AbortController().signal,
      "starting",
    );
    expect(started).toBe("started");
    expect(calls).toBe(2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^database reachable again after/);
  });

  it("throws any other error at once", async () => {
    let calls = 0;
    await expect(
      retryWhileDown(
        async () => {
          calls++;
          throw syntax;
        },
        outageLog(() => {}),
        new AbortController().signal,
        "starting",
      ),
    ).rejects.toBe(syntax);
    expect(calls).toBe(1);
  });

  it("stops waiting when the process shuts down", async () => {
    const shutdownSignal = new AbortController();
    const attempt = retryWhileDown(
      () => Promise.reject(refused),
      outageLog(() => {}),
      shutdownSignal.signal,
      "starting",
    );
    setTimeout(() => shutdownSignal.abort(), 50);
    await expect(attempt).rejects.toThrow(/abort/i);
  });
});
