import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { ConfirmDeleteButton } from "@/components/admin/confirm-delete-button";
import { ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { getConsentForm } from "@/lib/consents/service";
import { deleteConsentAction } from "@/lib/consents/staff-actions";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Delete consent" };

export default async function DeleteConsentPage({ params }: PageProps<"/admin/consents/[id]/delete">) {
  await requireStaffPage("content/consent/delete", "content/consent/view");
  const { id } = await params;
  const [t, tc, consent] = await Promise.all([
    getTranslations("consents.delete"),
    getTranslations("common"),
    getConsentForm(id),
  ]);
  if (!consent) notFound();
  return (
    <section className="max-w-xl rounded-lg bg-white p-6 shadow">
      <h1 className="text-2xl font-semibold text-red-800">{t("title")}</h1>
      {consent.accepted > 0 ? (
        <div className="mt-4">
          <Notice tone="error" testId="consent-in-use">
            {t("inUse", { count: consent.accepted })}
          </Notice>
        </div>
      ) : (
        <p className="mt-4 font-medium">{t("question", { name: consent.name, code: consent.code })}</p>
      )}
      <div className="mt-6 flex gap-3">
        {consent.accepted === 0 && (
          <ConfirmDeleteButton action={deleteConsentAction} input={{ id: consent.id }} label={t("confirm")} />
        )}
        <ButtonLink variant="secondary" href="/admin/consents">
          {tc("cancel")}
        </ButtonLink>
      </div>
    </section>
  );
}
