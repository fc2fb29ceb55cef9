import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";

import { DocTable } from "@/components/storefront/quotes/doc-table";
import { QuoteDecision } from "@/components/storefront/quotes/quote-decision";
import { Notice } from "@/components/ui/notice";
import { formatPrice } from "@/lib/catalog/pricing";
import { formatDate } from "@/lib/i18n/dates";
import { requireCustomer } from "@/lib/identity/shop-session";
import { displayStatus } from "@/lib/quotes/status";
import { getMyQuote } from "@/lib/quotes/storefront";

export const metadata: Metadata = { title: "Quote" };

export default async function MyQuotePage({ params, searchParams }: PageProps<"/quotes/[number]">) {
  const { number } = await params;
  const customer = await requireCustomer(`/quotes/${number}`);
  const [t, locale, quote, query] = await Promise.all([
    getTranslations("shop"),
    getLocale(),
    getMyQuote(customer, number),
    searchParams,
  ]);
  if (!quote) notFound();
  const status = displayStatus(quote, new Date());
  const money = (amount: number) => formatPrice({ amount, currency: quote.currency }, locale);
  const validUntil = quote.validUntil ? formatDate(quote.validUntil, locale) : "—";
  return (
    <main className="mx-auto max-w-4xl space-y-6 p-8">
      <h1 className="text-2xl font-semibold" data-testid="quote-title">
        {t("quotes.detail.title", { number: quote.number })}
      </h1>
      {query.notice === "quote-declined" && quote.status === "DECLINED" && (
        <Notice tone="success" testId="notice">
          {t("quotes.detail.declined")}
        </Notice>
      )}
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">{t("quotes.columns.status")}</dt>
        <dd data-testid="quote-status">{t(`quoteStatus.${status}`)}</dd>
        <dt className="text-slate-600">{t("quotes.columns.validUntil")}</dt>
        <dd>{validUntil}</dd>
        {quote.requestForQuote && (
          <>
            <dt className="text-slate-600">{t("quotes.detail.request")}</dt>
            <dd>
              <Link className="underline" href={`/requests/${quote.requestForQuote.number}`}>
                {quote.requestForQuote.number}
              </Link>
            </dd>
          </>
        )}
      </dl>
      <DocTable
        testId="quote-lines"
        headers={[
          t("rfq.sku"),
          t("quotes.columns.product"),
          t("rfq.quantity"),
          t("quotes.columns.unitPrice"),
          t("quotes.columns.lineTotal"),
        ]}
        rows={quote.lines.map((l) => ({
          key: l.id,
          cells: [l.sku, l.name, l.quantity, money(l.unitPrice), money(l.lineTotal)],
        }))}
      />
      <p className="text-right font-semibold" data-testid="quote-total">
        {t("quotes.columns.total")}: {money(quote.total)}
      </p>
      {status === "EXPIRED" && (
        <Notice tone="error" testId="quote-expired">
          {t("quotes.detail.expired", { date: validUntil })}
        </Notice>
      )}
      {status === "SENT" && quote.mayDecide && <QuoteDecision id={quote.id} number={quote.number} />}
    </main>
  );
}
