import "server-only";

import type { Price } from "@/lib/catalog/pricing";
import { priceFor } from "@/lib/catalog/storefront";
import type { ShopViewer } from "@/lib/storefront/context";

export type PricedLine<L> = L & { unitPrice: Price | null; lineTotal: number | null };

/**
 * Each line at the viewer's price for its quantity (price lists have quantity tiers), with one
 * query per distinct quantity. A line whose product is gone or hidden from the viewer has no price.
 */
export async function priceLines<L extends { productId: string | null; quantity: number }>(
  viewer: ShopViewer,
  lines: L[],
): Promise<{ lines: PricedLine<L>[]; subtotal: number; currency: string | null; complete: boolean }> {
  const byQuantity = new Map<number, string[]>();
  for (const l of lines)
    if (l.productId) byQuantity.set(l.quantity, [...(byQuantity.get(l.quantity) ?? []), l.productId]);
  const prices = new Map<string, Price>();
  await Promise.all(
    [...byQuantity].map(async ([quantity, ids]) => {
      for (const [id, price] of await priceFor(viewer, ids, quantity)) prices.set(`${id}:${quantity}`, price);
    }),
  );
  const priced = lines.map((l) => {
    const unitPrice = l.productId ? (prices.get(`${l.productId}:${l.quantity}`) ?? null) : null;
    return { ...l, unitPrice, lineTotal: unitPrice ? unitPrice.amount * l.quantity : null };
  });
  const currencies = new Set(priced.flatMap((l) => (l.unitPrice ? [l.unitPrice.currency] : [])));
  return {
    lines: priced,
    subtotal: priced.reduce((sum, l) => sum + (l.lineTotal ?? 0), 0),
    currency: currencies.size === 1 ? [...currencies][0]! : null,
    complete: priced.every((l) => l.unitPrice !== null) && currencies.size <= 1,
  };
}
