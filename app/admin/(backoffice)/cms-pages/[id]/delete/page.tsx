import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { ConfirmDeleteButton } from "@/components/admin/confirm-delete-button";
import { ButtonLink } from "@/components/ui/button";
import { getCmsPageForm } from "@/lib/cms/service";
import { deleteCmsPageAction } from "@/lib/cms/staff-actions";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Delete page" };

export default async function DeleteCmsPage({ params }: PageProps<"/admin/cms-pages/[id]/delete">) {
  const staff = await requireStaffPage("content/cms-page/delete", "content/cms-page/view");
  const { id } = await params;
  const [t, tc, page] = await Promise.all([
    getTranslations("cms.delete"),
    getTranslations("common"),
    getCmsPageForm(id, staff.can),
  ]);
  if (!page) notFound();
  return (
    <section className="max-w-xl rounded-lg bg-white p-6 shadow">
      <h1 className="text-2xl font-semibold text-red-800">{t("title")}</h1>
      <p className="mt-4 font-medium">{t("question", { title: page.title, slug: page.slug })}</p>
      <div className="mt-6 flex gap-3">
        <ConfirmDeleteButton action={deleteCmsPageAction} input={{ id: page.id }} label={t("confirm")} />
        <ButtonLink variant="secondary" href="/admin/cms-pages">
          {tc("cancel")}
        </ButtonLink>
      </div>
    </section>
  );
}
