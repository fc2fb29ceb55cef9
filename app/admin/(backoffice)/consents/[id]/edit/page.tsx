import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ConsentForm } from "@/components/admin/consents/consent-form";
import { requireStaffPage } from "@/lib/auth/staff-session";
import { getConsentForm, listConsentPageOptions } from "@/lib/consents/service";

export const metadata: Metadata = { title: "Edit consent" };

export default async function EditConsentPage({ params }: PageProps<"/admin/consents/[id]/edit">) {
  await requireStaffPage("content/consent/edit");
  const { id } = await params;
  const [t, consent, pages] = await Promise.all([getTranslations("consents"), getConsentForm(id), listConsentPageOptions()]);
  if (!consent) notFound();
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">{t("editTitle", { name: consent.name })}</h1>
      <ConsentForm consentId={consent.id} defaults={{ code: consent.code, name: consent.name, mandatory: consent.mandatory, cmsPageId: consent.cmsPageId, active: consent.active }} pages={pages} />
    </section>
  );
}
