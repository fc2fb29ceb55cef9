import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { ConfirmDeleteButton } from "@/components/admin/confirm-delete-button";
import { ButtonLink } from "@/components/ui/button";
import { deletePriceListAction } from "@/lib/catalog/price-list-staff-actions";
import { getPriceListForm } from "@/lib/catalog/price-lists";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Delete price list" };

export default async function DeletePriceListPage({ params }: PageProps<"/admin/price-lists/[id]/delete">) {
  const staff = await requireStaffPage("catalog/price-list/delete", "catalog/price-list/view");
  const { id } = await params;
  const [t, tc, list] = await Promise.all([
    getTranslations("priceLists.delete"),
    getTranslations("common"),
    getPriceListForm(id, staff.can),
  ]);
  if (!list) notFound();
  return (
    <section className="max-w-xl rounded-lg bg-white p-6 shadow">
      <h1 className="text-2xl font-semibold text-red-800">{t("title")}</h1>
      <p className="mt-4 font-medium">{t("question", { name: list.name })}</p>
      <div className="mt-6 flex gap-3">
        <ConfirmDeleteButton action={deletePriceListAction} input={{ id: list.id }} label={t("confirm")} />
        <ButtonLink variant="secondary" href="/admin/price-lists">
          {tc("cancel")}
        </ButtonLink>
      </div>
    </section>
  );
}
