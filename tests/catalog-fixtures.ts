import { prisma } from "@/lib/db";
import type { ShopViewer } from "@/lib/storefront/context";

import { tag } from "./staff-fixtures";

/**
 * A website, a customer group with two companies in it and a third company outside it, each with a
 * viewer as the storefront would build it; all owned by one tag.
 */
export async function makeShopWorld() {
  const t = tag();
  const lang = await prisma.localization.create({ data: { code: `l-${t}`, name: `Language ${t}` } });
  const website = await prisma.website.create({
    data: { name: `Site ${t}`, code: `site-${t}`, baseUrl: `http://${t}.example.com`, defaultLocalizationId: lang.id },
  });
  const group = await prisma.customerGroup.create({ data: { name: `Partners ${t}` } });
  const company = (name: string, customerGroupId: string | null) =>
    prisma.company.create({ data: { name: `${name} ${t}`, websiteId: website.id, customerGroupId } });
  const [alpha, beta, outsider] = await Promise.all([
    company("Alpha", group.id),
    company("Beta", group.id),
    company("Outsider", null),
  ]);
  const viewer = (c: { id: string; customerGroupId: string | null }): ShopViewer => ({
    customerUserId: `cu-${c.id}`,
    companyId: c.id,
    customerGroupId: c.customerGroupId,
  });
  return {
    t,
    website,
    group,
    alpha,
    beta,
    outsider,
    asAlpha: viewer(alpha),
    asBeta: viewer(beta),
    asOutsider: viewer(outsider),
  };
}

export const makeProduct = (sku: string, basePrice: number, extra: { visibleTo?: string[]; active?: boolean } = {}) =>
  prisma.product.create({
    data: {
      sku,
      name: `Product ${sku}`,
      basePrice,
      active: extra.active ?? true,
      description: "**Strong** <script>alert(1)</script>",
      visibility: { create: (extra.visibleTo ?? []).map((customerGroupId) => ({ customerGroupId })) },
    },
  });

export async function makePriceList(
  name: string,
  prices: [productId: string, price: number][],
  to: { companyIds?: string[]; groupIds?: string[] },
) {
  return prisma.priceList.create({
    data: {
      name,
      entries: { create: prices.map(([productId, price]) => ({ productId, price })) },
      companies: { create: (to.companyIds ?? []).map((companyId) => ({ companyId })) },
      customerGroups: { create: (to.groupIds ?? []).map((customerGroupId) => ({ customerGroupId })) },
    },
  });
}
