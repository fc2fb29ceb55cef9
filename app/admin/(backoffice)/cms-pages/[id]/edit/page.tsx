import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { CmsPageForm } from "@/components/admin/cms/cms-page-form";
import { deniedPickers } from "@/components/admin/no-access";
import { getCmsPageForm, listCmsFormOptions } from "@/lib/cms/service";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Edit page" };

export default async function EditCmsPage({ params }: PageProps<"/admin/cms-pages/[id]/edit">) {
  const staff = await requireStaffPage("content/cms-page/edit", "content/cms-page/view");
  const { id } = await params;
  const [t, page, options, denied] = await Promise.all([
    getTranslations("cms"),
    getCmsPageForm(id, staff.can),
    listCmsFormOptions(),
    deniedPickers(staff.can, { companies: ["customers/company/view", "companies"] }),
  ]);
  if (!page) notFound();
  const { id: pageId, ...defaults } = page;
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">{t("editTitle", { title: page.title })}</h1>
      <CmsPageForm pageId={pageId} defaults={defaults} options={options} deniedCompanies={denied.companies} />
    </section>
  );
}
