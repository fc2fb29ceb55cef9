import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { PriceListForm } from "@/components/admin/catalog/price-list-form";
import { deniedPickers } from "@/components/admin/no-access";
import { getPriceListForm } from "@/lib/catalog/price-lists";
import { listCustomerGroups } from "@/lib/catalog/service";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Edit price list" };

export default async function EditPriceListPage({ params }: PageProps<"/admin/price-lists/[id]/edit">) {
  // the entries are products by SKU, and saving the form replaces them: editing needs products' view permission too
  const staff = await requireStaffPage("catalog/price-list/edit", "catalog/price-list/view", "catalog/product/view");
  const { id } = await params;
  const [t, list, customerGroups, denied] = await Promise.all([
    getTranslations("priceLists"),
    getPriceListForm(id, staff.can),
    listCustomerGroups(),
    deniedPickers(staff.can, { companies: ["customers/company/view", "companies"] }),
  ]);
  if (!list) notFound();
  const { id: priceListId, ...defaults } = list;
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">{t("editTitle", { name: list.name })}</h1>
      <PriceListForm
        priceListId={priceListId}
        defaults={defaults}
        customerGroups={customerGroups}
        deniedCompanies={denied.companies}
      />
    </section>
  );
}
