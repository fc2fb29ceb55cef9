import { getLocale, getTranslations } from "next-intl/server";

import { documentColumns } from "@/components/admin/documents/document-columns";
import { AdminGrid } from "@/components/ui/admin-grid";
import { FilterSelect } from "@/components/ui/filter-fields";
import type { Sees } from "@/lib/acl/visibility";
import { formatDateTime } from "@/lib/i18n/dates";
import { listRequestsForStaff, RFQ_STATUSES, type RfqGridParams } from "@/lib/requests-for-quote/service";

const BASE = "/admin/requests-for-quote";

/** Requests for quote from the storefront, newest first by default. Company and customer user are columns for viewers who may view those. */
export async function RfqGrid({ params, sees }: { params: RfqGridParams; sees: Sees }) {
  const [t, ts, locale, { rows, total }] = await Promise.all([
    getTranslations("requestsForQuote"),
    getTranslations("customerUserView.requestStatus"),
    getLocale(),
    listRequestsForStaff(params, sees),
  ]);
  return (
    <AdminGrid
      t={t}
      base={BASE}
      params={params}
      total={total}
      rows={rows}
      testId="rfq-table"
      rowTestId="rfq-row"
      search={
        <FilterSelect
          name="status"
          label={t("columns.status")}
          value={params.filters.status}
          all={t("allStatuses")}
          options={RFQ_STATUSES.map((s) => ({ value: s, label: ts(s) }))}
        />
      }
      columns={[
        ...documentColumns(BASE, sees, (p) => `${p.firstName} ${p.lastName} (${p.email})`),
        { key: "status", cell: (r) => ts(r.status) },
        { key: "createdAt", sort: "createdAt", cell: (r) => formatDateTime(r.createdAt, locale) },
      ]}
    />
  );
}
