import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountLocaleForm } from "@/components/admin/account/account-locale-form";
import { requireStaffPage } from "@/lib/auth/staff-session";
import { availableLocales } from "@/lib/i18n/catalogs";

export const metadata: Metadata = { title: "My account" };

export default async function AccountPage() {
  const staff = await requireStaffPage();
  const t = await getTranslations("account");
  return (
    <section className="max-w-xl">
      <h1 className="mb-4 text-2xl font-semibold">{t("title")}</h1>
      <dl className="mb-6 grid grid-cols-[10rem_1fr] gap-y-1 rounded-lg bg-white p-4 text-sm shadow">
        <dt className="font-medium">{t("name")}</dt>
        <dd>{staff.firstName} {staff.lastName}</dd>
        <dt className="font-medium">{t("email")}</dt>
        <dd>{staff.email}</dd>
      </dl>
      <AccountLocaleForm locale={staff.locale} locales={availableLocales()} />
    </section>
  );
}
