import { describe, expect, it } from "vitest";

import { parseGridParams } from "@/lib/grid/params";

import { LOG_GRID, logEndReason, logStatus } from "./log-params";

const NOW = new Date("2031-01-01T12:00:00.000Z");
const at = (min: number) => new Date(NOW.getTime() + min * 60_000);

describe("the impersonation log's rows and URL", () => {
  it("calls a row pending until its link is used, live until it ends or lapses, then ended", () => {
    expect(logStatus({ startedAt: null, expiresAt: at(1), endedAt: null }, NOW)).toBe("pending");
    expect(logStatus({ startedAt: at(-5), expiresAt: at(25), endedAt: null }, NOW)).toBe("live");
    expect(logStatus({ startedAt: at(-40), expiresAt: at(-10), endedAt: null }, NOW)).toBe("ended");
    expect(logStatus({ startedAt: at(-5), expiresAt: at(25), endedAt: at(-1) }, NOW)).toBe("ended");
  });

  it("names how a lapsed row ended although nobody recorded it", () => {
    expect(logEndReason({ startedAt: at(-40), expiresAt: at(-10), endedAt: null, endReason: null }, NOW)).toBe(
      "EXPIRED",
    );
    expect(logEndReason({ startedAt: null, expiresAt: at(-1), endedAt: null, endReason: null }, NOW)).toBe(
      "NOT_STARTED",
    );
    expect(logEndReason({ startedAt: at(-5), expiresAt: at(25), endedAt: at(-1), endReason: "LOGGED_OUT" }, NOW)).toBe(
      "LOGGED_OUT",
    );
    expect(logEndReason({ startedAt: at(-5), expiresAt: at(25), endedAt: null, endReason: null }, NOW)).toBeNull();
  });

  it("accepts only the offered purposes, statuses and real days", () => {
    const p = parseGridParams(
      { purpose: "DELETE", status: "live", from: "2031-02-30", staff: "  ada ", sort: "reason" },
      LOG_GRID,
    );
    expect(p.filters).toEqual({ status: "live", staff: "ada" });
    expect([p.sort, p.dir]).toEqual(["createdAt", "desc"]);
  });
});
