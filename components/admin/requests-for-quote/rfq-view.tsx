import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { TabTable } from "@/components/admin/customer-users/view/tab-table";
import { ButtonLink } from "@/components/ui/button";
import type { Sees } from "@/lib/acl/visibility";
import { formatPrice } from "@/lib/catalog/pricing";
import { formatDateTime } from "@/lib/i18n/dates";
import { CURRENCY } from "@/lib/money/money";
import type { getRequestForStaff } from "@/lib/requests-for-quote/service";

type Rfq = NonNullable<Awaited<ReturnType<typeof getRequestForStaff>>>;

/** A request for quote as staff read it: who asked (to viewers who may view them), what, and the quotes made for it so far. */
export async function RfqView({ rfq, canCreateQuote, sees }: { rfq: Rfq; canCreateQuote: boolean; sees: Sees }) {
  const [t, tv, locale] = await Promise.all([
    getTranslations("requestsForQuote"),
    getTranslations("customerUserView"),
    getLocale(),
  ]);
  const money = (amount: number | null, currency = CURRENCY) =>
    amount === null ? "—" : formatPrice({ amount, currency }, locale);
  const open = rfq.status !== "CANCELLED";
  return (
    <section className="space-y-6">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold" data-testid="rfq-title">
          {t("detail.title", { number: rfq.number })}
        </h1>
        {canCreateQuote && open && rfq.customerUserId && (
          <ButtonLink href={`/admin/requests-for-quote/${rfq.number}/quote`}>{t("detail.createQuote")}</ButtonLink>
        )}
      </div>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 rounded-lg bg-white p-4 text-sm shadow">
        <dt className="text-slate-600">{t("columns.status")}</dt>
        <dd data-testid="rfq-status">{tv(`requestStatus.${rfq.status}`)}</dd>
        {rfq.company && (
          <>
            <dt className="text-slate-600">{t("columns.company")}</dt>
            <dd>{rfq.company.name}</dd>
          </>
        )}
        {sees("customers/customer-user/view") && (
          <>
            <dt className="text-slate-600">{t("columns.customerUser")}</dt>
            <dd>
              {rfq.customerUser ? (
                <Link
                  className="underline"
                  href={`/admin/customer-users/${rfq.customerUser.id}`}
                >{`${rfq.customerUser.firstName} ${rfq.customerUser.lastName}`}</Link>
              ) : (
                "—"
              )}
            </dd>
          </>
        )}
        <dt className="text-slate-600">{t("columns.poNumber")}</dt>
        <dd>{rfq.poNumber ?? "—"}</dd>
        <dt className="text-slate-600">{t("columns.createdAt")}</dt>
        <dd>{formatDateTime(rfq.createdAt, locale)}</dd>
        <dt className="text-slate-600">{t("columns.note")}</dt>
        <dd className="whitespace-pre-line">{rfq.note ?? "—"}</dd>
      </dl>
      <TabTable
        testId="rfq-lines"
        empty=""
        headers={[t("lines.sku"), t("lines.name"), t("lines.quantity"), t("lines.targetPrice")]}
        rows={rfq.lines.map((l) => ({ key: l.id, cells: [l.sku, l.name, l.quantity, money(l.targetPrice)] }))}
      />
      <h2 className="text-lg font-semibold">{t("detail.quotes")}</h2>
      <TabTable
        testId="rfq-quotes"
        empty={t("detail.noQuotes")}
        headers={[tv("columns.number"), tv("columns.status"), tv("columns.total")]}
        rows={rfq.quotes.map((q) => ({
          key: q.id,
          cells: [
            <Link key="n" className="underline" href={`/admin/quotes/${q.number}`}>
              {q.number}
            </Link>,
            tv(`quoteStatus.${q.status}`),
            money(q.total, q.currency),
          ],
        }))}
      />
    </section>
  );
}
