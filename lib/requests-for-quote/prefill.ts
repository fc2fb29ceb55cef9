import "server-only";

import { getProduct } from "@/lib/catalog/storefront";
import { getList } from "@/lib/shopping-lists/service";
import type { ShopViewer } from "@/lib/storefront/context";

export type PrefilledLine = { sku: string; quantity: number };

/**
 * The lines a request for quote starts with: the product a product page names, or the lines of one
 * of the viewer's own shopping lists. Only what the viewer may see is used (another's list, a hidden
 * product: nothing), and the request is checked again in full when it is sent.
 */
export async function requestLinesFrom(
  viewer: ShopViewer,
  from: { sku?: string; listId?: string },
): Promise<PrefilledLine[]> {
  if (from.listId) {
    const list = await getList(viewer, from.listId);
    return (list?.lines ?? []).map((l) => ({ sku: l.sku, quantity: l.quantity }));
  }
  if (from.sku) {
    const product = await getProduct(viewer, from.sku.slice(0, 100));
    return product ? [{ sku: product.sku, quantity: 1 }] : [];
  }
  return [];
}
