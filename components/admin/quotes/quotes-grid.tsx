import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { documentColumns } from "@/components/admin/documents/document-columns";
import { AdminGrid } from "@/components/ui/admin-grid";
import { FilterSelect } from "@/components/ui/filter-fields";
import type { Sees } from "@/lib/acl/visibility";
import { formatPrice } from "@/lib/catalog/pricing";
import { formatDate, formatDateTime } from "@/lib/i18n/dates";
import { listQuotesForStaff, QUOTE_STATUSES, type QuoteGridParams } from "@/lib/quotes/staff";
import { displayStatus } from "@/lib/quotes/status";

const BASE = "/admin/quotes";

/** Every quote, newest first by default; a sent quote past its date reads "Expired". Company and customer user are columns for viewers who may view those. */
export async function QuotesGrid({ params, sees }: { params: QuoteGridParams; sees: Sees }) {
  const [t, ts, locale, { rows, total }] = await Promise.all([
    getTranslations("quotes"),
    getTranslations("customerUserView.quoteStatus"),
    getLocale(),
    listQuotesForStaff(params, sees),
  ]);
  const now = new Date();
  return (
    <AdminGrid
      t={t}
      base={BASE}
      params={params}
      total={total}
      rows={rows}
      testId="quotes-table"
      rowTestId="quote-row"
      search={
        <FilterSelect
          name="status"
          label={t("columns.status")}
          value={params.filters.status}
          all={t("allStatuses")}
          options={QUOTE_STATUSES.map((s) => ({ value: s, label: ts(s) }))}
        />
      }
      columns={[
        ...documentColumns(BASE, sees, (p) => `${p.firstName} ${p.lastName}`),
        { key: "status", cell: (q) => ts(displayStatus(q, now)) },
        { key: "validUntil", sort: "validUntil", cell: (q) => (q.validUntil ? formatDate(q.validUntil, locale) : "—") },
        { key: "total", sort: "total", cell: (q) => formatPrice({ amount: q.total, currency: q.currency }, locale) },
        {
          key: "request",
          cell: (q) =>
            q.requestForQuote ? (
              <Link className="underline" href={`/admin/requests-for-quote/${q.requestForQuote.number}`}>
                {q.requestForQuote.number}
              </Link>
            ) : (
              "—"
            ),
        },
        { key: "createdAt", sort: "createdAt", cell: (q) => formatDateTime(q.createdAt, locale) },
      ]}
    />
  );
}
