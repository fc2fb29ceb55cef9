import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { FilterSelect } from "@/components/ui/filter-fields";
import { GridSearch } from "@/components/ui/grid-search";
import { GridTable } from "@/components/ui/grid-table";
import { Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";
import type { Sees } from "@/lib/acl/visibility";
import { gridHref } from "@/lib/grid/params";
import { listRequestsForStaff, RFQ_STATUSES, type RfqGridParams, RFQ_SORTS } from "@/lib/requests-for-quote/service";
import { formatDateTime } from "@/lib/i18n/dates";

const BASE = "/admin/requests-for-quote";
const th = (label: string) => <th scope="col" className="px-3 py-2 text-left font-semibold">{label}</th>;

/** Requests for quote from the storefront, newest first by default. Company and customer user are columns for viewers who may view those. */
export async function RfqGrid({ params, sees }: { params: RfqGridParams; sees: Sees }) {
  const [t, ts, locale, { rows, total }] = await Promise.all([
    getTranslations("requestsForQuote"), getTranslations("customerUserView.requestStatus"), getLocale(), listRequestsForStaff(params, sees),
  ]);
  const companies = sees("customers/company/view");
  const customers = sees("customers/customer-user/view");
  const sortHeader = (c: (typeof RFQ_SORTS)[number]) => (
    <SortHeader label={t(`columns.${c}`)} active={params.sort === c} dir={params.dir}
      href={gridHref(BASE, params, { sort: c, dir: params.sort === c && params.dir === "asc" ? "desc" : "asc", page: 1 })} />
  );
  return (
    <section>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <GridSearch base={BASE} params={params} label={t("searchLabel")} button={t("searchButton")}>
        <FilterSelect name="status" label={t("columns.status")} value={params.filters.status} all={t("allStatuses")} options={RFQ_STATUSES.map((s) => ({ value: s, label: ts(s) }))} />
      </GridSearch>
      <GridTable
        testId="rfq-table" columns={3 + (companies ? 1 : 0) + (customers ? 1 : 0)} empty={rows.length === 0 ? t("empty") : null}
        head={<tr>{sortHeader("number")}{companies && th(t("columns.company"))}{customers && th(t("columns.customerUser"))}{th(t("columns.status"))}{sortHeader("createdAt")}</tr>}
      >
        {rows.map((r) => (
          <tr key={r.id} className="border-b border-slate-100 last:border-0" data-testid="rfq-row">
            <td className="px-3 py-2"><Link className="underline" href={`${BASE}/${r.number}`}>{r.number}</Link></td>
            {companies && <td className="px-3 py-2">{r.company?.name}</td>}
            {customers && <td className="px-3 py-2">{r.customerUser ? `${r.customerUser.firstName} ${r.customerUser.lastName} (${r.customerUser.email})` : "—"}</td>}
            <td className="px-3 py-2">{ts(r.status)}</td>
            <td className="px-3 py-2">{formatDateTime(r.createdAt, locale)}</td>
          </tr>
        ))}
      </GridTable>
      <Pagination page={params.page} size={params.size} total={total} href={(change) => gridHref(BASE, params, change)} />
    </section>
  );
}
