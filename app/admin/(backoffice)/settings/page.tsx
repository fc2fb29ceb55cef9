import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { SettingsForm } from "@/components/admin/settings/settings-form";
import { getSettings } from "@/lib/config/settings";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { listWebsiteSwitches } from "@/lib/settings/service";

export const metadata: Metadata = { title: "System settings" };

export default async function SettingsPage() {
  const staff = await requireStaffPage("system/settings/view");
  const [t, settings, websites] = await Promise.all([
    getTranslations("settings"),
    getSettings(),
    listWebsiteSwitches(),
  ]);
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">{t("title")}</h1>
      <SettingsForm
        defaults={{
          ...settings,
          websites: websites.map((w) => ({
            id: w.id,
            impersonationEnabled: w.impersonationEnabled,
            apiEnabled: w.apiEnabled,
          })),
        }}
        websites={websites}
        canEdit={staff.can("system/settings/edit")}
      />
    </section>
  );
}
