import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { ConfirmDeleteButton } from "@/components/admin/confirm-delete-button";
import { ButtonLink } from "@/components/ui/button";
import { getProductForStaff } from "@/lib/catalog/service";
import { deleteProductAction } from "@/lib/catalog/staff-actions";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Delete product" };

export default async function DeleteProductPage({ params }: PageProps<"/admin/products/[id]/delete">) {
  await requireStaffPage("catalog/product/delete", "catalog/product/view");
  const { id } = await params;
  const [t, tc, product] = await Promise.all([
    getTranslations("products.delete"),
    getTranslations("common"),
    getProductForStaff(id),
  ]);
  if (!product) notFound();
  return (
    <section className="max-w-xl rounded-lg bg-white p-6 shadow">
      <h1 className="text-2xl font-semibold text-red-800">{t("title")}</h1>
      <p className="mt-4 font-medium">{t("question", { name: `${product.name} (${product.sku})` })}</p>
      <div className="mt-6 flex gap-3">
        <ConfirmDeleteButton action={deleteProductAction} input={{ id: product.id }} label={t("confirm")} />
        <ButtonLink variant="secondary" href="/admin/products">
          {tc("cancel")}
        </ButtonLink>
      </div>
    </section>
  );
}
