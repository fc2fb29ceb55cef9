import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { ConfirmDeleteButton } from "@/components/admin/confirm-delete-button";
import { ButtonLink } from "@/components/ui/button";
import { getCompany } from "@/lib/companies/service";
import { deleteCompanyAction } from "@/lib/companies/staff-actions";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Delete company" };

export default async function DeleteCompanyPage({ params }: PageProps<"/admin/companies/[id]/delete">) {
  const staff = await requireStaffPage("customers/company/delete", "customers/company/view");
  const { id } = await params;
  const [t, tc, company] = await Promise.all([
    getTranslations("companies.delete"),
    getTranslations("common"),
    getCompany(id, staff.can),
  ]);
  if (!company) notFound();
  return (
    <section className="max-w-xl rounded-lg bg-white p-6 shadow">
      <h1 className="text-2xl font-semibold text-red-800">{t("title")}</h1>
      <p className="mt-4 font-medium">{t("question", { name: company.path.join(" › ") })}</p>
      <div className="mt-6 flex gap-3">
        <ConfirmDeleteButton action={deleteCompanyAction} input={{ id: company.id }} label={t("confirm")} />
        <ButtonLink variant="secondary" href="/admin/companies">
          {tc("cancel")}
        </ButtonLink>
      </div>
    </section>
  );
}
