import "server-only";

import { env } from "@/lib/env";

import { clientAddress } from "./forwarded.mjs";

/**
 * The client's address for throttling and the audit log. scripts/serve.mjs sets X-Forwarded-For from
 * the socket (dropping what a client sent) or, behind TRUST_PROXY proxies, appends the socket's address
 * to theirs; the entry our outermost proxy added is the client.
 */
export function clientIp(headers: Headers): string {
  return clientAddress(headers, env.TRUST_PROXY);
}
