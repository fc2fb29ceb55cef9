import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { CmsBlocks } from "@/components/storefront/cms-blocks";
import { ProductWall } from "@/components/storefront/product-wall";
import { ShopNotice } from "@/components/storefront/shop-notice";
import { listProducts } from "@/lib/catalog/storefront";
import { getPage } from "@/lib/cms/storefront";
import { currentShopContext } from "@/lib/storefront/context";

/** The shop's front page: the "home" content page, then a few products at the viewer's prices. */
export default async function StorefrontHome({ searchParams }: PageProps<"/">) {
  const [{ website, viewer }, { notice }] = await Promise.all([currentShopContext(), searchParams]);
  const [t, page, featured] = await Promise.all([
    getTranslations("shop"),
    getPage(viewer, website.id, "home"),
    listProducts(viewer, { q: "", page: 1, size: 8 }),
  ]);
  return (
    <main className="mx-auto max-w-5xl p-8">
      {notice && (
        <div className="mb-4">
          <ShopNotice notice={notice} />
        </div>
      )}
      <h1 className="text-3xl font-semibold">{page?.title ?? website.name}</h1>
      {page && (
        <div className="mt-6">
          <CmsBlocks page={page} />
        </div>
      )}
      <section className="mt-10">
        <div className="mb-4 flex items-baseline justify-between">
          <h2 className="text-xl font-semibold">{t("home.featured")}</h2>
          <Link className="text-sm underline" href="/products">
            {t("home.allProducts")}
          </Link>
        </div>
        <ProductWall products={featured.rows} testId="featured-products" />
      </section>
    </main>
  );
}
