import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { TemplateForm } from "@/components/admin/templates/template-form";
import { Notice } from "@/components/ui/notice";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { isTemplateKey, TEMPLATE_KEYS } from "@/lib/mail/template-keys";
import { getTemplateForEdit } from "@/lib/templates/service";

export const metadata: Metadata = { title: "Edit e-mail template" };

export default async function EditEmailTemplatePage({ params }: PageProps<"/admin/email-templates/[key]/[locale]">) {
  await requireStaffPage("system/settings/edit", "system/settings/view");
  const { key, locale } = await params;
  if (!isTemplateKey(key)) notFound();
  const [t, template] = await Promise.all([getTranslations("templates"), getTemplateForEdit(key, locale)]);
  if (!template) notFound();
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">
        {t("editTitle", { key: t(`keys.${key}`), localization: template.localization.name })}
      </h1>
      {!template.exists && (
        <div className="mb-4 max-w-3xl">
          <Notice>{t("fallbackNote")}</Notice>
        </div>
      )}
      <TemplateForm defaults={template.values} variables={[...TEMPLATE_KEYS[key]]} />
    </section>
  );
}
