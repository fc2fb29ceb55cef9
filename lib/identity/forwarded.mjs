// Where a request came from. Both halves of the mechanism live here: the HTTP server
// (scripts/serve.mjs) writes X-Forwarded-For, the app (lib/identity/client-ip.ts) reads it. Plain
// JavaScript, so the server loads it without a TypeScript step.

const HOPS_ERROR = "TRUST_PROXY must be the number of reverse proxies in front of the app: 0 (none), 1, 2 ...";

/**
 * TRUST_PROXY as a count of trusted reverse proxies: unset or 0 none, 1 one (what the former on/off
 * switch's "1" meant), N a chain of N.
 * @param {string | undefined} value
 * @returns {number}
 */
export function proxyHops(value) {
  const v = value?.trim() ?? "";
  if (v === "") return 0;
  if (!/^\d+$/.test(v)) throw new Error(`${HOPS_ERROR} (got "${value}")`);
  return Number(v);
}

/**
 * Rewrites a request's forwarding headers before Next.js sees them. Without a trusted proxy the
 * socket's address replaces whatever X-Forwarded-For the client sent, and X-Real-IP is dropped; behind
 * `hops` proxies the socket's address (the nearest proxy) is appended, so the last `hops + 1` entries
 * are ones we or our proxies wrote.
 * @param {import("node:http").IncomingHttpHeaders} headers changed in place
 * @param {string | undefined} socketAddress
 * @param {number} hops
 */
export function rewriteForwarded(headers, socketAddress, hops) {
  const sent = hops > 0 ? [headers["x-forwarded-for"] ?? []].flat().join(", ") : "";
  if (hops === 0) delete headers["x-real-ip"];
  const chain = [sent, socketAddress].filter(Boolean).join(", ");
  if (chain) headers["x-forwarded-for"] = chain;
  else delete headers["x-forwarded-for"];
}

/**
 * The client's address in headers written by rewriteForwarded: the entry the outermost trusted proxy
 * added, `hops` places left of the socket's own entry at the end (with no proxy, that entry itself).
 * When the proxies added fewer entries than configured, X-Real-IP (only ever from a trusted proxy) or
 * the left-most entry.
 * @param {{ get(name: string): string | null }} headers
 * @param {number} hops
 * @returns {string}
 */
export function clientAddress(headers, hops) {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  const ip =
    chain.length > hops ? chain[chain.length - 1 - hops] : (hops > 0 && headers.get("x-real-ip")?.trim()) || chain[0];
  return (ip || "unknown").replace(/^::ffff:/, "");
}
