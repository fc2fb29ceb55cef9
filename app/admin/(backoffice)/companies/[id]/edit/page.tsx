import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { CompanyForm } from "@/components/admin/companies/company-form";
import { deniedPickers } from "@/components/admin/no-access";
import { getCompany, listCompanyFormOptions } from "@/lib/companies/service";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Edit company" };

export default async function EditCompanyPage({ params }: PageProps<"/admin/companies/[id]/edit">) {
  const staff = await requireStaffPage("customers/company/edit", "customers/company/view");
  const { id } = await params;
  const [t, company, options, denied] = await Promise.all([
    getTranslations("companies"),
    getCompany(id, staff.can),
    listCompanyFormOptions(staff.can),
    deniedPickers(staff.can, { salesRep: ["users/user/view", "staffUsers"] }),
  ]);
  if (!company) notFound();
  const defaults = {
    name: company.name,
    parentId: company.parentId ?? "",
    websiteId: company.websiteId,
    customerGroupId: company.customerGroupId ?? "",
    salesRepId: company.salesRepId ?? "",
  };
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">{t("editTitle", { name: company.name })}</h1>
      <CompanyForm
        mode="edit"
        companyId={company.id}
        parentLabel={company.parentLabel}
        defaults={defaults}
        options={options}
        denied={denied}
      />
    </section>
  );
}
