import "server-only";

import { headers } from "next/headers";
import { cache } from "react";

import { prisma } from "@/lib/db";

import { pickWebsite } from "./pick-website";

export type ShopWebsite = {
  id: string;
  code: string;
  name: string;
  baseUrl: string;
  defaultLocale: string;
  locales: string[];
};

const WEBSITE_SELECT = {
  id: true,
  code: true,
  name: true,
  baseUrl: true,
  defaultLocalization: { select: { code: true } },
  localizations: { select: { localization: { select: { code: true } } } },
} as const;

type WebsiteRow = {
  id: string;
  code: string;
  name: string;
  baseUrl: string;
  defaultLocalization: { code: string };
  localizations: { localization: { code: string } }[];
};

const toShopWebsite = (w: WebsiteRow): ShopWebsite => ({
  id: w.id,
  code: w.code,
  name: w.name,
  baseUrl: w.baseUrl,
  defaultLocale: w.defaultLocalization.code,
  locales: w.localizations.map((l) => l.localization.code).sort(),
});

/** The request's website (one small read per request; instances keep nothing in memory). */
export const currentWebsite = cache(async (): Promise<ShopWebsite> => {
  const h = await headers();
  const rows = await prisma.website.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: WEBSITE_SELECT,
  });
  const w = pickWebsite(rows, h.get("x-forwarded-host") ?? h.get("host"));
  if (!w) throw new Error("No website is configured: run the seed or create one.");
  return toShopWebsite(w);
});

/** A customer user's own website, for callers that are not a storefront request (the storefront API). */
export async function websiteById(id: string): Promise<ShopWebsite> {
  return toShopWebsite(await prisma.website.findUniqueOrThrow({ where: { id }, select: WEBSITE_SELECT }));
}
