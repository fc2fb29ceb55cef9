import { describe, expect, it } from "vitest";

import { displayStatus, isExpired } from "./status";

const day = (d: string) => new Date(`${d}T00:00:00Z`);

describe("quote expiry", () => {
  it("is valid through the whole of its last day, expired from the next midnight (UTC)", () => {
    expect(isExpired(day("2026-11-23"), new Date("2026-11-23T23:59:59Z"))).toBe(false);
    expect(isExpired(day("2026-11-23"), new Date("2026-11-24T00:00:00Z"))).toBe(true);
    expect(isExpired(null, new Date("2100-01-01T00:00:00Z"))).toBe(false);
  });

  it("shows a sent quote past its date as expired, and leaves settled ones as they are", () => {
    const now = new Date("2026-12-01T12:00:00Z");
    expect(displayStatus({ status: "SENT", validUntil: day("2026-11-30") }, now)).toBe("EXPIRED");
    expect(displayStatus({ status: "SENT", validUntil: day("2026-12-01") }, now)).toBe("SENT");
    expect(displayStatus({ status: "ACCEPTED", validUntil: day("2026-11-30") }, now)).toBe("ACCEPTED");
  });
});
