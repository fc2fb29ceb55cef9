import "server-only";

import { priceFor, type ShopProduct } from "@/lib/catalog/storefront";
import { prisma } from "@/lib/db";
import type { ShopViewer } from "@/lib/storefront/context";

/**
 * The products named by every product list of a page, keyed by SKU, as this viewer may see them:
 * one query for the products and one for the prices, however many lists the page has. priceFor
 * applies the catalogue's visibility rules, so a product it leaves out is hidden from the viewer
 * and left out here too.
 */
export async function productsBySku(viewer: ShopViewer | null, skus: string[]): Promise<Map<string, ShopProduct>> {
  if (skus.length === 0) return new Map();
  const products = await prisma.product.findMany({
    where: { sku: { in: [...new Set(skus)] }, active: true },
    select: { id: true, sku: true, name: true, imagePath: true },
  });
  const prices = await priceFor(
    viewer,
    products.map((p) => p.id),
  );
  const visible = new Map<string, ShopProduct>();
  for (const p of products) {
    const price = prices.get(p.id);
    if (price) visible.set(p.sku, { ...p, price });
  }
  return visible;
}
