import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { CompanyForm } from "@/components/admin/companies/company-form";
import { deniedPickers } from "@/components/admin/no-access";
import { listCompanyFormOptions } from "@/lib/companies/service";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Create company" };

export default async function NewCompanyPage() {
  const staff = await requireStaffPage("customers/company/create");
  const [t, options, denied] = await Promise.all([
    getTranslations("companies"),
    listCompanyFormOptions(staff.can),
    deniedPickers(staff.can, {
      parent: ["customers/company/view", "companies"],
      salesRep: ["users/user/view", "staffUsers"],
    }),
  ]);
  const defaults = {
    name: "",
    parentId: "",
    websiteId: options.websites[0]?.id ?? "",
    customerGroupId: "",
    salesRepId: "",
  };
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">{t("createTitle")}</h1>
      <CompanyForm mode="create" parentLabel="" defaults={defaults} options={options} denied={denied} />
    </section>
  );
}
