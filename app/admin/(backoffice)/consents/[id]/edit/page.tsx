import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { ConsentForm } from "@/components/admin/consents/consent-form";
import { noAccessText } from "@/components/admin/no-access";
import { getConsentForm, listConsentPageOptions } from "@/lib/consents/service";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Edit consent" };

export default async function EditConsentPage({ params }: PageProps<"/admin/consents/[id]/edit">) {
  const staff = await requireStaffPage("content/consent/edit", "content/consent/view");
  const { id } = await params;
  const canPick = staff.can("content/cms-page/view");
  const [t, consent, pages, denied] = await Promise.all([
    getTranslations("consents"),
    getConsentForm(id),
    canPick ? listConsentPageOptions() : [],
    canPick ? undefined : noAccessText("cmsPages"),
  ]);
  if (!consent) notFound();
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">{t("editTitle", { name: consent.name })}</h1>
      <ConsentForm
        consentId={consent.id}
        defaults={{
          code: consent.code,
          name: consent.name,
          mandatory: consent.mandatory,
          cmsPageId: consent.cmsPageId,
          active: consent.active,
        }}
        pages={pages}
        deniedPages={denied}
      />
    </section>
  );
}
