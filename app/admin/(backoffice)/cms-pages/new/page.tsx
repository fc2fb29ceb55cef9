import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CmsPageForm } from "@/components/admin/cms/cms-page-form";
import { requireStaffPage } from "@/lib/auth/staff-session";
import { emptyBlock } from "@/lib/cms/schema";
import { listCmsFormOptions } from "@/lib/cms/service";

export const metadata: Metadata = { title: "Create page" };

export default async function NewCmsPage() {
  await requireStaffPage("content/cms-page/create");
  const [t, options] = await Promise.all([getTranslations("cms"), listCmsFormOptions()]);
  const defaults = { slug: "", title: "", websiteId: "", published: false, blocks: [emptyBlock()] };
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">{t("createTitle")}</h1>
      <CmsPageForm defaults={defaults} options={options} />
    </section>
  );
}
