import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { GridTable } from "@/components/ui/grid-table";
import { Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";
import type { StaffSession } from "@/lib/identity/staff-session";
import { gridHref } from "@/lib/grid/params";
import { listAdminOrders } from "@/lib/orders/admin";
import { ORDER_FILTERS, type OrderListParams, type OrderSort } from "@/lib/orders/params";
import { formatDateTime } from "@/lib/i18n/dates";

const BASE = "/admin/orders";
const cell = "px-3 py-2 align-top";
const COLUMNS = ["number", "company", "customerUser", "total", "status", "createdAt", "createdBy"] as const;
/** The columns naming another resource's record, and its view permission. */
const COLUMN_PERMISSION = { company: "customers/company/view", customerUser: "customers/customer-user/view", createdBy: "users/user/view" } as const;
const SORTABLE: Partial<Record<(typeof COLUMNS)[number], OrderSort>> = { number: "number", total: "total", status: "status", createdAt: "createdAt" };

/** Every order, storefront and staff-made, filtered and sorted in SQL with the state in the URL. */
export async function OrdersGrid({ staff, params }: { staff: StaffSession; params: OrderListParams }) {
  const [t, tg, format, { rows, total }, locale] = await Promise.all([getTranslations("orders.grid"), getTranslations("grid"), getFormatter(), listAdminOrders(params, staff.can), getLocale()]);
  const columns = COLUMNS.filter((c) => !(c in COLUMN_PERMISSION) || staff.can(COLUMN_PERMISSION[c as keyof typeof COLUMN_PERMISSION]));
  const shown = (c: (typeof COLUMNS)[number]) => columns.includes(c);
  const select = (name: keyof typeof ORDER_FILTERS) => (
    <label className="text-sm">
      <span className="font-medium">{t(`filters.${name}`)}</span>
      <select name={name} defaultValue={params.filters[name] ?? ""} className={inputClass}>
        <option value="">{tg("all")}</option>
        {ORDER_FILTERS[name].map((v) => <option key={v} value={v}>{t(`${name}Values.${v}`)}</option>)}
      </select>
    </label>
  );
  return (
    <section>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <form method="get" action={BASE} role="search" className="mt-4 flex flex-wrap items-end gap-3">
        <input type="hidden" name="sort" value={params.sort} />
        <input type="hidden" name="dir" value={params.dir} />
        <input type="hidden" name="size" value={params.size} />
        <label className="min-w-56 flex-1 text-sm">
          <span className="font-medium">{t("filters.q")}</span>
          <input name="q" type="search" defaultValue={params.q} className={inputClass} />
        </label>
        {select("status")}
        {select("createdBy")}
        <Button type="submit" variant="secondary">{t("filters.submit")}</Button>
        <Link href={BASE} className="py-1.5 text-sm underline">{t("filters.reset")}</Link>
      </form>
      <GridTable
        testId="orders-table" columns={columns.length} empty={rows.length === 0 ? t("empty") : null}
        head={
          <tr>
            {columns.map((c) => {
              const sort = SORTABLE[c];
              if (!sort) return <th key={c} scope="col" className="whitespace-nowrap px-3 py-2 text-left font-semibold">{t(`columns.${c}`)}</th>;
              const active = params.sort === sort;
              return <SortHeader key={c} label={t(`columns.${c}`)} active={active} dir={params.dir} href={gridHref(BASE, params, { sort, dir: active && params.dir === "asc" ? "desc" : "asc", page: 1 })} />;
            })}
          </tr>
        }
      >
        {rows.map((o) => (
          <tr key={o.id} className="border-b border-slate-100 last:border-0" data-testid="order-row">
            <td className={cell}><Link className="underline" href={`/admin/orders/${o.id}`}>{o.number}</Link></td>
            {shown("company") && <td className={cell}>{o.company && <Link className="underline" href={`/admin/companies/${o.company.id}`}>{o.company.name}</Link>}</td>}
            {shown("customerUser") && <td className={cell}>{o.customerUser ? <Link className="underline" href={`/admin/customer-users/${o.customerUser.id}`}>{o.customerUser.name}</Link> : "—"}</td>}
            <td className={`${cell} whitespace-nowrap`}>{format.number(o.total / 100, { style: "currency", currency: o.currency })}</td>
            <td className={cell}>{t(`statusValues.${o.status}`)}</td>
            <td className={`${cell} whitespace-nowrap`}>{formatDateTime(o.createdAt, locale)}</td>
            {shown("createdBy") && <td className={cell}>{o.createdBy ?? t("customerMade")}</td>}
          </tr>
        ))}
      </GridTable>
      <Pagination page={params.page} size={params.size} total={total} href={(change) => gridHref(BASE, params, change)} />
    </section>
  );
}
