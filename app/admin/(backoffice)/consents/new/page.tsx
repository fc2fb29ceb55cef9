import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ConsentForm } from "@/components/admin/consents/consent-form";
import { noAccessText } from "@/components/admin/no-access";
import { listConsentPageOptions } from "@/lib/consents/service";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Create consent" };

export default async function NewConsentPage() {
  const staff = await requireStaffPage("content/consent/create");
  const canPick = staff.can("content/cms-page/view");
  const [t, pages, denied] = await Promise.all([
    getTranslations("consents"),
    canPick ? listConsentPageOptions() : [],
    canPick ? undefined : noAccessText("cmsPages"),
  ]);
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">{t("createTitle")}</h1>
      <ConsentForm
        defaults={{ code: "", name: "", mandatory: false, cmsPageId: "", active: true }}
        pages={pages}
        deniedPages={denied}
      />
    </section>
  );
}
