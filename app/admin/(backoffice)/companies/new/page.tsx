import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CompanyForm } from "@/components/admin/companies/company-form";
import { requireStaffPage } from "@/lib/auth/staff-session";
import { listCompanyFormOptions } from "@/lib/companies/service";

export const metadata: Metadata = { title: "Create company" };

export default async function NewCompanyPage() {
  await requireStaffPage("customers/company/create");
  const [t, options] = await Promise.all([getTranslations("companies"), listCompanyFormOptions()]);
  const defaults = { name: "", parentId: "", websiteId: options.websites[0]?.id ?? "", customerGroupId: "", salesRepId: "" };
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">{t("createTitle")}</h1>
      <CompanyForm mode="create" parentLabel="" defaults={defaults} options={options} />
    </section>
  );
}
