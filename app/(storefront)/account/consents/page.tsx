import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { AccountNav } from "@/components/storefront/account/account-nav";
import { ConsentList } from "@/components/storefront/account/consent-list";
import { listShopConsents } from "@/lib/consents/storefront";
import { formatDateTime } from "@/lib/i18n/dates";
import { requireCustomer } from "@/lib/identity/shop-session";

export const metadata: Metadata = { title: "Consents" };

export default async function ConsentsPage() {
  const customer = await requireCustomer("/account/consents");
  const [t, locale, consents] = await Promise.all([
    getTranslations("shop.consents"),
    getLocale(),
    listShopConsents(customer.id),
  ]);
  const rows = consents.map(({ acceptedAt, ...c }) => ({
    ...c,
    acceptedAt: acceptedAt && formatDateTime(acceptedAt, locale),
  }));
  return (
    <main className="mx-auto max-w-3xl space-y-6 p-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <AccountNav current="consents" />
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <ConsentList consents={rows} />
    </main>
  );
}
