import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { CmsPageForm } from "@/components/admin/cms/cms-page-form";
import { deniedPickers } from "@/components/admin/no-access";
import { emptyBlock } from "@/lib/cms/schema";
import { listCmsFormOptions } from "@/lib/cms/service";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Create page" };

export default async function NewCmsPage() {
  const staff = await requireStaffPage("content/cms-page/create");
  const [t, options, denied] = await Promise.all([
    getTranslations("cms"),
    listCmsFormOptions(),
    deniedPickers(staff.can, { companies: ["customers/company/view", "companies"] }),
  ]);
  const defaults = { slug: "", title: "", websiteId: "", published: false, blocks: [emptyBlock()] };
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">{t("createTitle")}</h1>
      <CmsPageForm defaults={defaults} options={options} deniedCompanies={denied.companies} />
    </section>
  );
}
