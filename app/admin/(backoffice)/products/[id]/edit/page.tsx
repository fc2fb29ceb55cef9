import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { ProductForm } from "@/components/admin/catalog/product-form";
import { getProductForStaff, listCustomerGroups } from "@/lib/catalog/service";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { formatMinorUnits } from "@/lib/money/money";

export const metadata: Metadata = { title: "Edit product" };

export default async function EditProductPage({ params }: PageProps<"/admin/products/[id]/edit">) {
  await requireStaffPage("catalog/product/edit", "catalog/product/view");
  const { id } = await params;
  const [t, product, customerGroups] = await Promise.all([
    getTranslations("products"),
    getProductForStaff(id),
    listCustomerGroups(),
  ]);
  if (!product) notFound();
  const defaults = {
    sku: product.sku,
    name: product.name,
    description: product.description,
    basePrice: formatMinorUnits(product.basePrice),
    active: product.active,
    visibleGroupIds: product.visibleGroupIds,
  };
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">{t("editTitle", { name: product.name })}</h1>
      <ProductForm
        productId={product.id}
        imagePath={product.imagePath}
        defaults={defaults}
        customerGroups={customerGroups}
      />
    </section>
  );
}
