import type { IncomingHttpHeaders } from "node:http";
import { describe, expect, it } from "vitest";

import { clientAddress, proxyHops, rewriteForwarded } from "./forwarded.mjs";

/** What the app reads for a request with these headers from this socket address, after the server rewrote them. */
function seenAs(sent: IncomingHttpHeaders, socket: string | undefined, hops: number) {
  const headers = { ...sent };
  rewriteForwarded(headers, socket, hops);
  const forApp = new Headers(Object.entries(headers).map(([k, v]) => [k, [v].flat().join(", ")] as [string, string]));
  return { ip: clientAddress(forApp, hops), forwardedFor: headers["x-forwarded-for"], realIp: headers["x-real-ip"] };
}

describe("the client address without a trusted proxy (TRUST_PROXY=0)", () => {
  it("is the socket's address, whatever X-Forwarded-For and X-Real-IP the client sent", () => {
    expect(seenAs({ "x-forwarded-for": "203.0.113.7", "x-real-ip": "203.0.113.8" }, "198.51.100.4", 0)).toEqual({
      ip: "198.51.100.4",
      forwardedFor: "198.51.100.4",
      realIp: undefined,
    });
    expect(seenAs({ "x-forwarded-for": "203.0.113.7, 203.0.113.9" }, "198.51.100.4", 0).ip).toBe("198.51.100.4");
  });

  it("is the socket's address when the client sent no header, IPv4-mapped IPv6 written as IPv4", () => {
    expect(seenAs({}, "::ffff:127.0.0.1", 0).ip).toBe("127.0.0.1");
    expect(seenAs({}, "::1", 0).ip).toBe("::1");
  });

  it("is unknown when the socket has no address any more", () => {
    expect(seenAs({ "x-forwarded-for": "203.0.113.7" }, undefined, 0)).toEqual({
      ip: "unknown",
      forwardedFor: undefined,
      realIp: undefined,
    });
  });
});

describe("the client address behind trusted proxies", () => {
  it("with one proxy is the entry that proxy appended, not one the client put before it", () => {
    // client 203.0.113.50 sends a forged chain; the proxy (10.0.0.2) appends the address it saw
    const r = seenAs({ "x-forwarded-for": "192.0.2.66, 203.0.113.50" }, "10.0.0.2", 1);
    expect(r).toMatchObject({ ip: "203.0.113.50", forwardedFor: "192.0.2.66, 203.0.113.50, 10.0.0.2" });
  });

  it("with two proxies is the entry the outer one appended", () => {
    // client -> CDN (appends 203.0.113.50) -> load balancer 10.0.0.3 (appends the CDN 198.51.100.9) -> app
    expect(seenAs({ "x-forwarded-for": "192.0.2.66, 203.0.113.50, 198.51.100.9" }, "10.0.0.3", 2).ip).toBe(
      "203.0.113.50",
    );
  });

  it("takes X-Real-IP only from a proxy that appended no X-Forwarded-For entry", () => {
    expect(seenAs({ "x-real-ip": "203.0.113.50" }, "10.0.0.2", 1).ip).toBe("203.0.113.50");
    expect(seenAs({ "x-real-ip": "192.0.2.66", "x-forwarded-for": "203.0.113.50" }, "10.0.0.2", 1).ip).toBe(
      "203.0.113.50",
    );
  });

  it("joins repeated X-Forwarded-For headers in order", () => {
    expect(seenAs({ "x-forwarded-for": ["192.0.2.66", "203.0.113.50"] }, "10.0.0.2", 1).ip).toBe("203.0.113.50");
  });

  it("falls back to the left-most entry when the proxies added fewer than configured", () => {
    expect(seenAs({ "x-forwarded-for": "203.0.113.50" }, "10.0.0.3", 3).ip).toBe("203.0.113.50");
  });
});

describe("TRUST_PROXY", () => {
  it("is a count of proxies; unset means none and 1 keeps meaning one proxy", () => {
    expect(proxyHops(undefined)).toBe(0);
    expect(proxyHops("")).toBe(0);
    expect(proxyHops("1")).toBe(1);
    expect(proxyHops(" 2 ")).toBe(2);
  });

  it("refuses anything else with a sentence that says what to set", () => {
    for (const v of ["true", "-1", "1.5", "yes"])
      expect(() => proxyHops(v)).toThrow(/TRUST_PROXY must be the number of reverse proxies/);
  });
});
