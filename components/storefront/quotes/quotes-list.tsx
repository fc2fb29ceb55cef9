import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { formatPrice } from "@/lib/catalog/pricing";
import { formatDate } from "@/lib/i18n/dates";
import { displayStatus } from "@/lib/quotes/status";
import { listMyQuotes, SHOP_QUOTES_SIZE } from "@/lib/quotes/storefront";

import { DocTable, ListPager } from "./doc-table";

/** "My quotes": sent and settled quotes, a sent one past its date shown as expired. */
export async function QuotesList({ customer, page }: { customer: { id: string; companyId: string }; page: number }) {
  const [t, locale, { rows, total }] = await Promise.all([
    getTranslations("shop"),
    getLocale(),
    listMyQuotes(customer, page),
  ]);
  const now = new Date();
  return (
    <>
      <DocTable
        testId="quotes"
        empty={t("quotes.empty")}
        headers={[
          t("quotes.columns.number"),
          t("quotes.columns.status"),
          t("quotes.columns.validUntil"),
          t("quotes.columns.total"),
          t("quotes.columns.createdAt"),
        ]}
        rows={rows.map((q) => ({
          key: q.id,
          cells: [
            <Link key="n" className="underline" href={`/quotes/${q.number}`}>
              {q.number}
            </Link>,
            t(`quoteStatus.${displayStatus(q, now)}`),
            q.validUntil ? formatDate(q.validUntil, locale) : "—",
            formatPrice({ amount: q.total, currency: q.currency }, locale),
            formatDate(q.createdAt, locale),
          ],
        }))}
      />
      <ListPager
        base="/quotes"
        page={page}
        size={SHOP_QUOTES_SIZE}
        total={total}
        labels={{ previous: t("products.previous"), next: t("products.next") }}
      />
    </>
  );
}
