import "server-only";
import { env } from "@/lib/env";

/**
 * The client's address for throttling and the audit log. Behind a proxy (TRUST_PROXY=1) the proxy's
 * X-Forwarded-For is trusted (left-most entry); otherwise the right-most entry, which `next start`
 * fills from the socket when the client sent none.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const parts = forwarded?.split(",").map((p) => p.trim()).filter(Boolean) ?? [];
  const ip = env.TRUST_PROXY === "1" ? (headers.get("x-real-ip") ?? parts[0]) : parts[parts.length - 1];
  return (ip ?? "unknown").replace(/^::ffff:/, "");
}
