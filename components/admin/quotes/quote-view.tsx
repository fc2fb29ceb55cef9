import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { TabTable } from "@/components/admin/customer-users/view/tab-table";
import type { Sees } from "@/lib/acl/visibility";
import { formatPrice } from "@/lib/catalog/pricing";
import { formatDate, formatDateTime } from "@/lib/i18n/dates";
import type { getQuoteForStaff } from "@/lib/quotes/staff";
import { displayStatus } from "@/lib/quotes/status";

import { SendQuoteButton } from "./send-quote-button";

type Quote = NonNullable<Awaited<ReturnType<typeof getQuoteForStaff>>>;

/**
 * A quote as staff read it; a draft can be sent to its customer user from here. Its company,
 * customer user and creator are shown to viewers who may view those.
 */
export async function QuoteView({ quote, canSend, sees }: { quote: Quote; canSend: boolean; sees: Sees }) {
  const [t, tv, locale] = await Promise.all([
    getTranslations("quotes"),
    getTranslations("customerUserView"),
    getLocale(),
  ]);
  const money = (amount: number) => formatPrice({ amount, currency: quote.currency }, locale);
  const u = quote.customerUser;
  return (
    <section className="space-y-6">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold" data-testid="quote-title">
          {t("detail.title", { number: quote.number })}
        </h1>
        {canSend && quote.status === "DRAFT" && quote.customerUserId && (
          <SendQuoteButton id={quote.id} email={u?.email} />
        )}
      </div>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 rounded-lg bg-white p-4 text-sm shadow">
        <dt className="text-slate-600">{t("columns.status")}</dt>
        <dd data-testid="quote-status">{tv(`quoteStatus.${displayStatus(quote, new Date())}`)}</dd>
        {quote.company && (
          <>
            <dt className="text-slate-600">{t("columns.company")}</dt>
            <dd>{quote.company.name}</dd>
          </>
        )}
        {sees("customers/customer-user/view") && (
          <>
            <dt className="text-slate-600">{t("columns.customerUser")}</dt>
            <dd>
              {u ? (
                <Link
                  className="underline"
                  href={`/admin/customer-users/${u.id}`}
                >{`${u.firstName} ${u.lastName}`}</Link>
              ) : (
                "—"
              )}
            </dd>
          </>
        )}
        <dt className="text-slate-600">{t("columns.request")}</dt>
        <dd>
          {quote.requestForQuote ? (
            <Link className="underline" href={`/admin/requests-for-quote/${quote.requestForQuote.number}`}>
              {quote.requestForQuote.number}
            </Link>
          ) : (
            "—"
          )}
        </dd>
        <dt className="text-slate-600">{t("columns.validUntil")}</dt>
        <dd>{quote.validUntil ? formatDate(quote.validUntil, locale) : "—"}</dd>
        {sees("users/user/view") && (
          <>
            <dt className="text-slate-600">{t("columns.createdBy")}</dt>
            <dd>
              {quote.createdByStaffUser
                ? `${quote.createdByStaffUser.firstName} ${quote.createdByStaffUser.lastName}`
                : "—"}
            </dd>
          </>
        )}
        <dt className="text-slate-600">{t("columns.createdAt")}</dt>
        <dd>{formatDateTime(quote.createdAt, locale)}</dd>
      </dl>
      <TabTable
        testId="quote-lines"
        empty=""
        headers={[t("lines.sku"), t("lines.name"), t("lines.quantity"), t("lines.unitPrice"), t("lines.lineTotal")]}
        rows={quote.lines.map((l) => ({
          key: l.id,
          cells: [l.sku, l.name, l.quantity, money(l.unitPrice), money(l.lineTotal)],
        }))}
      />
      <p className="text-right font-semibold" data-testid="quote-total">
        {t("columns.total")}: {money(quote.total)}
      </p>
    </section>
  );
}
