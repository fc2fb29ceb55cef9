import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";

import { AddToListForm } from "@/components/storefront/lists/add-to-list-form";
import { ProductImage } from "@/components/storefront/product-card";
import { formatPrice } from "@/lib/catalog/pricing";
import { getProduct } from "@/lib/catalog/storefront";
import { currentShopContext } from "@/lib/storefront/context";

const load = cache(async (sku: string) => getProduct((await currentShopContext()).viewer, sku));

export async function generateMetadata({ params }: PageProps<"/products/[sku]">): Promise<Metadata> {
  return { title: (await load((await params).sku))?.name ?? "Product" };
}

/** A hidden product answers exactly like a missing one, so its existence is not revealed. */
export default async function ProductPage({ params }: PageProps<"/products/[sku]">) {
  const [t, locale, product, { viewer }] = await Promise.all([
    getTranslations("shop.product"),
    getLocale(),
    load((await params).sku),
    currentShopContext(),
  ]);
  if (!product) notFound();
  return (
    <main className="mx-auto grid max-w-5xl gap-8 p-8 md:grid-cols-2">
      <ProductImage path={product.imagePath} alt={product.name} size={480} />
      <div>
        <p className="text-sm">
          <Link className="underline" href="/products">
            {t("back")}
          </Link>
        </p>
        <h1 className="mt-2 text-3xl font-semibold">{product.name}</h1>
        <p className="text-sm text-slate-600">{t("sku", { sku: product.sku })}</p>
        <p className="mt-4 text-2xl font-semibold" data-testid="product-price">
          {formatPrice(product.price, locale)}
        </p>
        {viewer && <AddToListForm productId={product.id} sku={product.sku} />}
        {viewer && (
          <p className="mt-3">
            <Link className="underline" href={`/quotes/request?sku=${encodeURIComponent(product.sku)}`}>
              {t("requestQuote")}
            </Link>
          </p>
        )}
        <div
          className="mt-6 space-y-2 [&_a]:underline [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6"
          data-testid="product-description"
          dangerouslySetInnerHTML={{ __html: product.descriptionHtml }}
        />
      </div>
    </main>
  );
}
