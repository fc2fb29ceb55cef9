import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { FilterSelect } from "@/components/ui/filter-fields";
import { GridSearch } from "@/components/ui/grid-search";
import { GridTable } from "@/components/ui/grid-table";
import { Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";
import type { Sees } from "@/lib/acl/visibility";
import { formatPrice } from "@/lib/catalog/pricing";
import { gridHref } from "@/lib/grid/params";
import { listQuotesForStaff, QUOTE_STATUSES, type QuoteGridParams, QUOTE_SORTS } from "@/lib/quotes/staff";
import { displayStatus } from "@/lib/quotes/status";
import { formatDate, formatDateTime } from "@/lib/i18n/dates";

const BASE = "/admin/quotes";
const th = (label: string) => <th scope="col" className="px-3 py-2 text-left font-semibold">{label}</th>;

/** Every quote, newest first by default; a sent quote past its date reads "Expired". Company and customer user are columns for viewers who may view those. */
export async function QuotesGrid({ params, sees }: { params: QuoteGridParams; sees: Sees }) {
  const [t, ts, locale, { rows, total }] = await Promise.all([
    getTranslations("quotes"), getTranslations("customerUserView.quoteStatus"), getLocale(), listQuotesForStaff(params, sees),
  ]);
  const companies = sees("customers/company/view");
  const customers = sees("customers/customer-user/view");
  const now = new Date();
  const sortHeader = (c: (typeof QUOTE_SORTS)[number]) => (
    <SortHeader label={t(`columns.${c}`)} active={params.sort === c} dir={params.dir}
      href={gridHref(BASE, params, { sort: c, dir: params.sort === c && params.dir === "asc" ? "desc" : "asc", page: 1 })} />
  );
  return (
    <section>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <GridSearch base={BASE} params={params} label={t("searchLabel")} button={t("searchButton")}>
        <FilterSelect name="status" label={t("columns.status")} value={params.filters.status} all={t("allStatuses")} options={QUOTE_STATUSES.map((s) => ({ value: s, label: ts(s) }))} />
      </GridSearch>
      <GridTable
        testId="quotes-table" columns={6 + (companies ? 1 : 0) + (customers ? 1 : 0)} empty={rows.length === 0 ? t("empty") : null}
        head={<tr>{sortHeader("number")}{companies && th(t("columns.company"))}{customers && th(t("columns.customerUser"))}{th(t("columns.status"))}{sortHeader("validUntil")}{sortHeader("total")}{th(t("columns.request"))}{sortHeader("createdAt")}</tr>}
      >
        {rows.map((q) => (
          <tr key={q.id} className="border-b border-slate-100 last:border-0" data-testid="quote-row">
            <td className="px-3 py-2"><Link className="underline" href={`${BASE}/${q.number}`}>{q.number}</Link></td>
            {companies && <td className="px-3 py-2">{q.company?.name}</td>}
            {customers && <td className="px-3 py-2">{q.customerUser ? `${q.customerUser.firstName} ${q.customerUser.lastName}` : "—"}</td>}
            <td className="px-3 py-2">{ts(displayStatus(q, now))}</td>
            <td className="px-3 py-2">{q.validUntil ? formatDate(q.validUntil, locale) : "—"}</td>
            <td className="px-3 py-2">{formatPrice({ amount: q.total, currency: q.currency }, locale)}</td>
            <td className="px-3 py-2">{q.requestForQuote ? <Link className="underline" href={`/admin/requests-for-quote/${q.requestForQuote.number}`}>{q.requestForQuote.number}</Link> : "—"}</td>
            <td className="px-3 py-2">{formatDateTime(q.createdAt, locale)}</td>
          </tr>
        ))}
      </GridTable>
      <Pagination page={params.page} size={params.size} total={total} href={(change) => gridHref(BASE, params, change)} />
    </section>
  );
}
