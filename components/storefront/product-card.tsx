import Image from "next/image";
import Link from "next/link";

import { formatPrice } from "@/lib/catalog/pricing";
import type { ShopProduct } from "@/lib/catalog/storefront";

import { AddToListForm } from "./lists/add-to-list-form";

/** One product on a product wall: image, name, SKU and the viewer's price. */
export function ProductCard({
  product,
  locale,
  canAdd = false,
}: {
  product: ShopProduct;
  locale: string;
  canAdd?: boolean;
}) {
  return (
    <li className="rounded-lg border border-slate-200 p-4" data-testid="product-card">
      <Link href={`/products/${encodeURIComponent(product.sku)}`} className="block">
        <ProductImage path={product.imagePath} alt={product.name} />
        <h3 className="mt-3 font-medium">{product.name}</h3>
      </Link>
      <p className="text-xs text-slate-600">{product.sku}</p>
      <p className="mt-2 font-semibold" data-testid="product-price">
        {formatPrice(product.price, locale)}
      </p>
      {canAdd && <AddToListForm productId={product.id} sku={product.sku} />}
    </li>
  );
}

/** Shipped images and uploads are both same-origin files; they are served as they are. */
export function ProductImage({ path, alt, size = 240 }: { path: string | null; alt: string; size?: number }) {
  if (!path) return <div className="aspect-square w-full rounded bg-slate-100" aria-hidden="true" />;
  return (
    <Image
      src={path}
      alt={alt}
      width={size}
      height={size}
      unoptimized
      className="aspect-square w-full rounded bg-slate-50 object-contain"
    />
  );
}
