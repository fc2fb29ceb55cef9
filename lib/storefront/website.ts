import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { prisma } from "@/lib/db";

export type ShopWebsite = { id: string; code: string; name: string; baseUrl: string; defaultLocale: string; locales: string[] };

/** The host name of a base URL or Host header, lower-cased and without the port. */
export function hostnameOf(hostOrUrl: string): string {
  const host = hostOrUrl.includes("://") ? new URL(hostOrUrl).host : hostOrUrl;
  return host.replace(/:\d+$/, "").toLowerCase();
}

/**
 * The website a request is for: the one whose base URL has the request's host name (ports are
 * ignored, so one server answers for all of them in development), else the oldest website, so a
 * bare IP or an unknown proxy host still gets a shop.
 */
export function pickWebsite<W extends { baseUrl: string }>(websites: W[], host: string | null): W | null {
  const wanted = host ? hostnameOf(host) : "";
  return websites.find((w) => hostnameOf(w.baseUrl) === wanted) ?? websites[0] ?? null;
}

/** The request's website (one small read per request; instances keep nothing in memory). */
export const currentWebsite = cache(async (): Promise<ShopWebsite> => {
  const h = await headers();
  const rows = await prisma.website.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true, code: true, name: true, baseUrl: true,
      defaultLocalization: { select: { code: true } }, localizations: { select: { localization: { select: { code: true } } } },
    },
  });
  const w = pickWebsite(rows, h.get("x-forwarded-host") ?? h.get("host"));
  if (!w) throw new Error("No website is configured: run the seed or create one.");
  return {
    id: w.id, code: w.code, name: w.name, baseUrl: w.baseUrl, defaultLocale: w.defaultLocalization.code,
    locales: w.localizations.map((l) => l.localization.code).sort(),
  };
});
