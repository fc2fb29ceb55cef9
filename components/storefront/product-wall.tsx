import { getLocale } from "next-intl/server";
import type { ShopProduct } from "@/lib/catalog/storefront";
import { ProductCard } from "./product-card";

export async function ProductWall({ products, testId = "product-wall" }: { products: ShopProduct[]; testId?: string }) {
  const locale = await getLocale();
  return (
    <ul className="grid grid-cols-2 gap-4 md:grid-cols-3 lg:grid-cols-4" data-testid={testId}>
      {products.map((p) => <ProductCard key={p.id} product={p} locale={locale} />)}
    </ul>
  );
}
