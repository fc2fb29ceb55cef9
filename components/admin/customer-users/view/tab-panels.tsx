import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Sees } from "@/lib/acl/visibility";
import { listConsents, listOrders, listQuotes, listRequestsForQuote, listShoppingLists } from "@/lib/customer-users/activity";
import { DAY, TIME } from "./general-info";
import { TabPager } from "./tab-pager";
import { TabTable } from "./tab-table";

type Props = { id: string; page: number; sees: Sees };
const staffName = (s: { firstName: string; lastName: string } | null) => (s ? `${s.firstName} ${s.lastName}` : "—");

/** "Created by" names a staff user: the column is there only for viewers who may view staff users. */
const createdBy = <T,>(sees: Sees, value: T): T[] => (sees("users/user/view") ? [value] : []);

export async function OrdersPanel({ id, page, sees }: Props) {
  const [t, format, { rows, total }] = await Promise.all([getTranslations("customerUserView"), getFormatter(), listOrders(id, page, sees)]);
  return (
    <>
      <TabTable
        testId="orders" empty={t("empty.orders")}
        headers={[t("columns.number"), t("columns.status"), t("columns.poNumber"), t("columns.total"), ...createdBy(sees, t("columns.createdBy")), t("columns.createdAt")]}
        rows={rows.map((o) => ({
          key: o.id,
          cells: [
            <Link key="n" className="underline" href={`/admin/orders/${o.id}`}>{o.number}</Link>, t(`orderStatus.${o.status}`), o.poNumber ?? "—",
            format.number(o.total / 100, { style: "currency", currency: o.currency }), ...createdBy(sees, staffName(o.createdByStaffUser)), format.dateTime(o.createdAt, TIME),
          ],
        }))}
      />
      <TabPager id={id} tab="orders" page={page} total={total} />
    </>
  );
}

export async function QuotesPanel({ id, page, sees }: Props) {
  const [t, format, { rows, total }] = await Promise.all([getTranslations("customerUserView"), getFormatter(), listQuotes(id, page, sees)]);
  return (
    <>
      <TabTable
        testId="quotes" empty={t("empty.quotes")}
        headers={[t("columns.number"), t("columns.status"), t("columns.validUntil"), t("columns.total"), ...createdBy(sees, t("columns.createdBy")), t("columns.createdAt")]}
        rows={rows.map((q) => ({
          key: q.id,
          cells: [
            <Link key="n" className="underline" href={`/admin/quotes/${q.number}`}>{q.number}</Link>, t(`quoteStatus.${q.status}`), q.validUntil ? format.dateTime(q.validUntil, { ...DAY, timeZone: "UTC" }) : "—",
            format.number(q.total / 100, { style: "currency", currency: q.currency }), ...createdBy(sees, staffName(q.createdByStaffUser)), format.dateTime(q.createdAt, TIME),
          ],
        }))}
      />
      <TabPager id={id} tab="quotes" page={page} total={total} />
    </>
  );
}

export async function RequestsPanel({ id, page }: Omit<Props, "sees">) {
  const [t, format, { rows, total }] = await Promise.all([getTranslations("customerUserView"), getFormatter(), listRequestsForQuote(id, page)]);
  return (
    <>
      <TabTable
        testId="requests" empty={t("empty.requests")}
        headers={[t("columns.number"), t("columns.status"), t("columns.poNumber"), t("columns.lines"), t("columns.createdAt")]}
        rows={rows.map((r) => ({ key: r.id, cells: [<Link key="n" className="underline" href={`/admin/requests-for-quote/${r.number}`}>{r.number}</Link>, t(`requestStatus.${r.status}`), r.poNumber ?? "—", r._count.lines, format.dateTime(r.createdAt, TIME)] }))}
      />
      <TabPager id={id} tab="requests" page={page} total={total} />
    </>
  );
}

export async function ShoppingListsPanel({ id, page }: Omit<Props, "sees">) {
  const [t, format, { rows, total }] = await Promise.all([getTranslations("customerUserView"), getFormatter(), listShoppingLists(id, page)]);
  return (
    <>
      <TabTable
        testId="shopping-lists" empty={t("empty.shoppingLists")}
        headers={[t("columns.name"), t("columns.lines"), t("columns.updatedAt")]}
        rows={rows.map((s) => ({ key: s.id, cells: [s.name, s._count.lines, format.dateTime(s.updatedAt, TIME)] }))}
      />
      <TabPager id={id} tab="shopping-lists" page={page} total={total} />
    </>
  );
}

export async function ConsentsPanel({ id, page }: Omit<Props, "sees">) {
  const [t, format, { rows, total }] = await Promise.all([getTranslations("customerUserView"), getFormatter(), listConsents(id, page)]);
  return (
    <>
      <TabTable
        testId="consents" empty={t("empty.consents")}
        headers={[t("columns.consent"), t("columns.acceptedAt")]}
        rows={rows.map((c) => ({ key: c.id, cells: [c.consent.name, format.dateTime(c.acceptedAt, TIME)] }))}
      />
      <TabPager id={id} tab="consents" page={page} total={total} />
    </>
  );
}
