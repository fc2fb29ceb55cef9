import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PriceListForm } from "@/components/admin/catalog/price-list-form";
import { deniedPickers } from "@/components/admin/no-access";
import { listCustomerGroups } from "@/lib/catalog/service";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Create price list" };

export default async function NewPriceListPage() {
  const staff = await requireStaffPage("catalog/price-list/create");
  const [t, customerGroups, denied] = await Promise.all([
    getTranslations("priceLists"),
    listCustomerGroups(),
    deniedPickers(staff.can, { companies: ["customers/company/view", "companies"] }),
  ]);
  const defaults = { name: "", currency: "EUR" as const, entries: [], companies: [], customerGroupIds: [] };
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">{t("createTitle")}</h1>
      <PriceListForm defaults={defaults} customerGroups={customerGroups} deniedCompanies={denied.companies} />
    </section>
  );
}
