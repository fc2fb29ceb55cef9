import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { RequestForm } from "@/components/storefront/quotes/request-form";
import { requireCustomer } from "@/lib/identity/shop-session";

export const metadata: Metadata = { title: "Request a quote" };

export default async function RequestQuotePage() {
  await requireCustomer("/quotes/request");
  const t = await getTranslations("shop.rfq");
  return (
    <main className="mx-auto max-w-3xl space-y-6 p-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <RequestForm />
    </main>
  );
}
