import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { RequestForm } from "@/components/storefront/quotes/request-form";
import { requireCustomer } from "@/lib/identity/shop-session";
import { requestLinesFrom } from "@/lib/requests-for-quote/prefill";

export const metadata: Metadata = { title: "Request a quote" };

/** `?sku=` (a product page's "Request a quote") or `?list=` (a shopping list's) fills the lines in. */
export default async function RequestQuotePage({ searchParams }: PageProps<"/quotes/request">) {
  const customer = await requireCustomer("/quotes/request");
  const [t, raw] = await Promise.all([getTranslations("shop.rfq"), searchParams]);
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
  const lines = await requestLinesFrom(
    { customerUserId: customer.id, companyId: customer.companyId, customerGroupId: customer.customerGroupId },
    { sku: one(raw.sku), listId: one(raw.list) },
  );
  return (
    <main className="mx-auto max-w-3xl space-y-6 p-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <RequestForm initialLines={lines} />
    </main>
  );
}
