import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { AccountLocaleForm } from "@/components/admin/account/account-locale-form";
import { SessionList } from "@/components/sessions/session-list";
import { availableLocales } from "@/lib/i18n/catalogs";
import { listOwnSessions } from "@/lib/identity/own-sessions";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { endOtherSessionsAction, endOwnSessionAction } from "@/lib/staff-account/staff-actions";

export const metadata: Metadata = { title: "My account" };

export default async function AccountPage() {
  const staff = await requireStaffPage();
  const [t, sessions] = await Promise.all([
    getTranslations("account"),
    listOwnSessions({ staffUserId: staff.id }, staff.sessionId),
  ]);
  return (
    <section className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <dl className="grid max-w-xl grid-cols-[10rem_1fr] gap-y-1 rounded-lg bg-white p-4 text-sm shadow">
        <dt className="font-medium">{t("name")}</dt>
        <dd>
          {staff.firstName} {staff.lastName}
        </dd>
        <dt className="font-medium">{t("email")}</dt>
        <dd>{staff.email}</dd>
      </dl>
      <div className="max-w-xl">
        <AccountLocaleForm locale={staff.locale} locales={availableLocales()} />
      </div>
      <SessionList sessions={sessions} endOne={endOwnSessionAction} endOthers={endOtherSessionsAction} />
    </section>
  );
}
