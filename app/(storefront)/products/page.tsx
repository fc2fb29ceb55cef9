import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ProductWall } from "@/components/storefront/product-wall";
import { ShopPager } from "@/components/storefront/shop-pager";
import { inputClass } from "@/components/ui/field";
import { parseShopParams } from "@/lib/catalog/shop-params";
import { listProducts, SHOP_PAGE_SIZE } from "@/lib/catalog/storefront";
import { currentShopContext } from "@/lib/storefront/context";

export const metadata: Metadata = { title: "Products" };

export default async function ProductsPage({ searchParams }: PageProps<"/products">) {
  const params = parseShopParams(await searchParams);
  const { viewer } = await currentShopContext();
  const [t, { rows, total }] = await Promise.all([
    getTranslations("shop.products"),
    listProducts(viewer, { ...params, size: SHOP_PAGE_SIZE }),
  ]);
  return (
    <main className="mx-auto max-w-5xl p-8">
      <h1 className="text-3xl font-semibold">{t("title")}</h1>
      <form method="get" action="/products" role="search" className="my-6 flex items-end gap-3">
        <label className="flex-1 text-sm">
          <span className="font-medium">{t("search")}</span>
          <input name="q" type="search" defaultValue={params.q} className={inputClass} />
        </label>
        <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
          {t("searchButton")}
        </button>
      </form>
      {rows.length === 0 ? (
        <p data-testid="no-products">{t("empty")}</p>
      ) : (
        <ProductWall products={rows} canAdd={viewer !== null} />
      )}
      <ShopPager q={params.q} page={params.page} size={SHOP_PAGE_SIZE} total={total} />
    </main>
  );
}
