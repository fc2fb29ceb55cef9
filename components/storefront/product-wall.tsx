import { getLocale } from "next-intl/server";

import type { ShopProduct } from "@/lib/catalog/storefront";

import { ProductCard } from "./product-card";

/** `canAdd`: signed-in customers get a quantity and "Add to list" on every card. */
export async function ProductWall({
  products,
  testId = "product-wall",
  canAdd = false,
}: {
  products: ShopProduct[];
  testId?: string;
  canAdd?: boolean;
}) {
  const locale = await getLocale();
  return (
    <ul className="grid grid-cols-2 gap-4 md:grid-cols-3 lg:grid-cols-4" data-testid={testId}>
      {products.map((p) => (
        <ProductCard key={p.id} product={p} locale={locale} canAdd={canAdd} />
      ))}
    </ul>
  );
}
