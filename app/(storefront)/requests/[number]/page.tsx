import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";

import { DocTable } from "@/components/storefront/quotes/doc-table";
import { Notice } from "@/components/ui/notice";
import { formatPrice } from "@/lib/catalog/pricing";
import { formatDateTime } from "@/lib/i18n/dates";
import { requireCustomer } from "@/lib/identity/shop-session";
import { CURRENCY } from "@/lib/money/money";
import { displayStatus } from "@/lib/quotes/status";
import { getMyRequest } from "@/lib/requests-for-quote/service";

export const metadata: Metadata = { title: "Request for quote" };

export default async function MyRequestPage({ params, searchParams }: PageProps<"/requests/[number]">) {
  const { number } = await params;
  const customer = await requireCustomer(`/requests/${number}`);
  const [t, locale, rfq, { notice }] = await Promise.all([
    getTranslations("shop"),
    getLocale(),
    getMyRequest(customer, number),
    searchParams,
  ]);
  if (!rfq) notFound();
  const now = new Date();
  const money = (amount: number | null, currency = CURRENCY) =>
    amount === null ? "—" : formatPrice({ amount, currency }, locale);
  return (
    <main className="mx-auto max-w-4xl space-y-6 p-8">
      <h1 className="text-2xl font-semibold" data-testid="rfq-title">
        {t("requests.detail.title", { number: rfq.number })}
      </h1>
      {notice === "rfq-submitted" && (
        <Notice tone="success" testId="notice">
          {t("requests.detail.submitted")}
        </Notice>
      )}
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">{t("requests.columns.status")}</dt>
        <dd data-testid="rfq-status">{t(`requestStatus.${rfq.status}`)}</dd>
        <dt className="text-slate-600">{t("requests.columns.poNumber")}</dt>
        <dd>{rfq.poNumber ?? "—"}</dd>
        <dt className="text-slate-600">{t("requests.columns.createdAt")}</dt>
        <dd>{formatDateTime(rfq.createdAt, locale)}</dd>
        {rfq.note && (
          <>
            <dt className="text-slate-600">{t("rfq.note")}</dt>
            <dd className="whitespace-pre-line">{rfq.note}</dd>
          </>
        )}
      </dl>
      <DocTable
        testId="rfq-lines"
        headers={[t("rfq.sku"), t("quotes.columns.product"), t("rfq.quantity"), t("rfq.targetPrice")]}
        rows={rfq.lines.map((l) => ({ key: l.id, cells: [l.sku, l.name, l.quantity, money(l.targetPrice)] }))}
      />
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("quotes.title")}</h2>
        <DocTable
          testId="rfq-quotes"
          empty={t("requests.detail.noQuotes")}
          headers={[t("quotes.columns.number"), t("quotes.columns.status"), t("quotes.columns.total")]}
          rows={rfq.quotes.map((q) => ({
            key: q.id,
            cells: [
              <Link key="n" className="underline" href={`/quotes/${q.number}`}>
                {q.number}
              </Link>,
              t(`quoteStatus.${displayStatus(q, now)}`),
              money(q.total, q.currency),
            ],
          }))}
        />
      </section>
    </main>
  );
}
