import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { AdminGrid } from "@/components/ui/admin-grid";
import { inputClass } from "@/components/ui/field";
import { FilterButtons, FilterSelect } from "@/components/ui/filter-fields";
import { GridStateFields } from "@/components/ui/grid-search";
import { formatDateTime } from "@/lib/i18n/dates";
import type { StaffSession } from "@/lib/identity/staff-session";
import { listAdminOrders } from "@/lib/orders/admin";
import { ORDER_FILTERS, type OrderListParams } from "@/lib/orders/params";

const BASE = "/admin/orders";

/** Every order, storefront and staff-made, filtered and sorted in SQL with the state in the URL. */
export async function OrdersGrid({ staff, params }: { staff: StaffSession; params: OrderListParams }) {
  const [t, tg, format, { rows, total }, locale] = await Promise.all([
    getTranslations("orders.grid"),
    getTranslations("grid"),
    getFormatter(),
    listAdminOrders(params, staff.can),
    getLocale(),
  ]);
  const select = (name: keyof typeof ORDER_FILTERS) => (
    <FilterSelect
      name={name}
      label={t(`filters.${name}`)}
      value={params.filters[name]}
      all={tg("all")}
      options={ORDER_FILTERS[name].map((v) => ({ value: v, label: t(`${name}Values.${v}`) }))}
    />
  );
  return (
    <AdminGrid
      t={t}
      base={BASE}
      params={params}
      total={total}
      rows={rows}
      testId="orders-table"
      rowTestId="order-row"
      filters={
        <form method="get" action={BASE} role="search" className="mt-4 flex flex-wrap items-end gap-3">
          <GridStateFields params={params} />
          <label className="min-w-56 flex-1 text-sm">
            <span className="font-medium">{t("filters.q")}</span>
            <input name="q" type="search" defaultValue={params.q} className={inputClass} />
          </label>
          {select("status")}
          {select("createdBy")}
          <FilterButtons base={BASE} submit={t("filters.submit")} reset={t("filters.reset")} />
        </form>
      }
      layout="log"
      // the columns naming another resource's record are there for viewers who may view those
      columns={[
        {
          key: "number",
          sort: "number",
          cell: (o) => (
            <Link className="underline" href={`${BASE}/${o.id}`}>
              {o.number}
            </Link>
          ),
        },
        {
          key: "company",
          show: staff.can("customers/company/view"),
          cell: (o) =>
            o.company && (
              <Link className="underline" href={`/admin/companies/${o.company.id}`}>
                {o.company.name}
              </Link>
            ),
        },
        {
          key: "customerUser",
          show: staff.can("customers/customer-user/view"),
          cell: (o) =>
            o.customerUser ? (
              <Link className="underline" href={`/admin/customer-users/${o.customerUser.id}`}>
                {o.customerUser.name}
              </Link>
            ) : (
              "—"
            ),
        },
        {
          key: "total",
          sort: "total",
          className: "whitespace-nowrap",
          cell: (o) => format.number(o.total / 100, { style: "currency", currency: o.currency }),
        },
        { key: "status", sort: "status", cell: (o) => t(`statusValues.${o.status}`) },
        {
          key: "createdAt",
          sort: "createdAt",
          className: "whitespace-nowrap",
          cell: (o) => formatDateTime(o.createdAt, locale),
        },
        { key: "createdBy", show: staff.can("users/user/view"), cell: (o) => o.createdBy ?? t("customerMade") },
      ]}
    />
  );
}
