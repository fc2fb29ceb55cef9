import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ProductForm } from "@/components/admin/catalog/product-form";
import { listCustomerGroups } from "@/lib/catalog/service";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Create product" };

export default async function NewProductPage() {
  await requireStaffPage("catalog/product/create");
  const [t, customerGroups] = await Promise.all([getTranslations("products"), listCustomerGroups()]);
  const defaults = { sku: "", name: "", description: "", basePrice: "", active: true, visibleGroupIds: [] };
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">{t("createTitle")}</h1>
      <ProductForm defaults={defaults} customerGroups={customerGroups} />
    </section>
  );
}
