import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { pageOf } from "@/components/storefront/quotes/doc-table";
import { QuotesList } from "@/components/storefront/quotes/quotes-list";
import { requireCustomer } from "@/lib/identity/shop-session";

export const metadata: Metadata = { title: "My quotes" };

export default async function MyQuotesPage({ searchParams }: PageProps<"/quotes">) {
  const customer = await requireCustomer("/quotes");
  const [t, { page }] = await Promise.all([getTranslations("shop"), searchParams]);
  return (
    <main className="mx-auto max-w-5xl space-y-6 p-8">
      <h1 className="text-2xl font-semibold">{t("quotes.title")}</h1>
      <QuotesList customer={customer} page={pageOf(page)} />
    </main>
  );
}
