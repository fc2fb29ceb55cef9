import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CmsPageForm } from "@/components/admin/cms/cms-page-form";
import { requireStaffPage } from "@/lib/auth/staff-session";
import { getCmsPageForm, listCmsFormOptions } from "@/lib/cms/service";

export const metadata: Metadata = { title: "Edit page" };

export default async function EditCmsPage({ params }: PageProps<"/admin/cms-pages/[id]/edit">) {
  await requireStaffPage("content/cms-page/edit");
  const { id } = await params;
  const [t, page, options] = await Promise.all([getTranslations("cms"), getCmsPageForm(id), listCmsFormOptions()]);
  if (!page) notFound();
  const { id: pageId, ...defaults } = page;
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">{t("editTitle", { title: page.title })}</h1>
      <CmsPageForm pageId={pageId} defaults={defaults} options={options} />
    </section>
  );
}
