import "server-only";

import { prisma } from "@/lib/db";
import { hostnameOf, pickWebsite } from "@/lib/websites/pick-website";

/**
 * The website an OAuth or API request is for, by its host name as the storefront picks it, and the
 * issuer that website's tokens carry: its base URL. A token issued on one website's host is refused
 * on another's (iss and aud differ). The list of websites is kept for a few seconds per process and
 * read again when a host matches none of them; whether a website's API is on is never cached (the
 * token and API checks read it in their own statement).
 */
export type RequestWebsite = { id: string; issuer: string };

const CACHE_MS = 10_000;
let cached: { at: number; rows: { id: string; baseUrl: string }[] } | null = null;

async function websites(fresh: boolean) {
  if (!fresh && cached && Date.now() - cached.at < CACHE_MS) return cached.rows;
  const rows = await prisma.website.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, baseUrl: true },
  });
  cached = { at: Date.now(), rows };
  return rows;
}

export const issuerOf = (baseUrl: string) => baseUrl.replace(/\/+$/, "");

export async function websiteOfRequest(request: Request): Promise<RequestWebsite | null> {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  let rows = await websites(false);
  if (!rows.some((w) => hostnameOf(w.baseUrl) === hostnameOf(host))) rows = await websites(true);
  const w = pickWebsite(rows, host);
  return w ? { id: w.id, issuer: issuerOf(w.baseUrl) } : null;
}

/** The audience of the API's access tokens: the API's base URL on the issuing website. */
export const apiAudience = (issuer: string) => `${issuer}/api/v1`;
