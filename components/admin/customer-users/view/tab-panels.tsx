import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import type { Sees } from "@/lib/acl/visibility";
import {
  listConsents,
  listOrders,
  listQuotes,
  listRequestsForQuote,
  listShoppingLists,
} from "@/lib/customer-users/activity";
import { formatDate, formatDateTime } from "@/lib/i18n/dates";

import { TabPager } from "./tab-pager";
import { TabTable } from "./tab-table";

type Props = { id: string; page: number; sees: Sees };
const staffName = (s: { firstName: string; lastName: string } | null) => (s ? `${s.firstName} ${s.lastName}` : "—");

/** "Created by" names a staff user: the column is there only for viewers who may view staff users. */
const createdBy = <T,>(sees: Sees, value: T): T[] => (sees("users/user/view") ? [value] : []);

export async function OrdersPanel({ id, page, sees }: Props) {
  const [t, format, { rows, total }, locale] = await Promise.all([
    getTranslations("customerUserView"),
    getFormatter(),
    listOrders(id, page, sees),
    getLocale(),
  ]);
  return (
    <>
      <TabTable
        testId="orders"
        empty={t("empty.orders")}
        headers={[
          t("columns.number"),
          t("columns.status"),
          t("columns.poNumber"),
          t("columns.total"),
          ...createdBy(sees, t("columns.createdBy")),
          t("columns.createdAt"),
        ]}
        rows={rows.map((o) => ({
          key: o.id,
          cells: [
            <Link key="n" className="underline" href={`/admin/orders/${o.id}`}>
              {o.number}
            </Link>,
            t(`orderStatus.${o.status}`),
            o.poNumber ?? "—",
            format.number(o.total / 100, { style: "currency", currency: o.currency }),
            ...createdBy(sees, staffName(o.createdByStaffUser)),
            formatDateTime(o.createdAt, locale),
          ],
        }))}
      />
      <TabPager id={id} tab="orders" page={page} total={total} />
    </>
  );
}

export async function QuotesPanel({ id, page, sees }: Props) {
  const [t, format, { rows, total }, locale] = await Promise.all([
    getTranslations("customerUserView"),
    getFormatter(),
    listQuotes(id, page, sees),
    getLocale(),
  ]);
  return (
    <>
      <TabTable
        testId="quotes"
        empty={t("empty.quotes")}
        headers={[
          t("columns.number"),
          t("columns.status"),
          t("columns.validUntil"),
          t("columns.total"),
          ...createdBy(sees, t("columns.createdBy")),
          t("columns.createdAt"),
        ]}
        rows={rows.map((q) => ({
          key: q.id,
          cells: [
            <Link key="n" className="underline" href={`/admin/quotes/${q.number}`}>
              {q.number}
            </Link>,
            t(`quoteStatus.${q.status}`),
            q.validUntil ? formatDate(q.validUntil, locale) : "—",
            format.number(q.total / 100, { style: "currency", currency: q.currency }),
            ...createdBy(sees, staffName(q.createdByStaffUser)),
            formatDateTime(q.createdAt, locale),
          ],
        }))}
      />
      <TabPager id={id} tab="quotes" page={page} total={total} />
    </>
  );
}

export async function RequestsPanel({ id, page }: Omit<Props, "sees">) {
  const [t, { rows, total }, locale] = await Promise.all([
    getTranslations("customerUserView"),
    listRequestsForQuote(id, page),
    getLocale(),
  ]);
  return (
    <>
      <TabTable
        testId="requests"
        empty={t("empty.requests")}
        headers={[
          t("columns.number"),
          t("columns.status"),
          t("columns.poNumber"),
          t("columns.lines"),
          t("columns.createdAt"),
        ]}
        rows={rows.map((r) => ({
          key: r.id,
          cells: [
            <Link key="n" className="underline" href={`/admin/requests-for-quote/${r.number}`}>
              {r.number}
            </Link>,
            t(`requestStatus.${r.status}`),
            r.poNumber ?? "—",
            r._count.lines,
            formatDateTime(r.createdAt, locale),
          ],
        }))}
      />
      <TabPager id={id} tab="requests" page={page} total={total} />
    </>
  );
}

export async function ShoppingListsPanel({ id, page }: Omit<Props, "sees">) {
  const [t, { rows, total }, locale] = await Promise.all([
    getTranslations("customerUserView"),
    listShoppingLists(id, page),
    getLocale(),
  ]);
  return (
    <>
      <TabTable
        testId="shopping-lists"
        empty={t("empty.shoppingLists")}
        headers={[t("columns.name"), t("columns.lines"), t("columns.updatedAt")]}
        rows={rows.map((s) => ({ key: s.id, cells: [s.name, s._count.lines, formatDateTime(s.updatedAt, locale)] }))}
      />
      <TabPager id={id} tab="shopping-lists" page={page} total={total} />
    </>
  );
}

export async function ConsentsPanel({ id, page }: Omit<Props, "sees">) {
  const [t, { rows, total }, locale] = await Promise.all([
    getTranslations("customerUserView"),
    listConsents(id, page),
    getLocale(),
  ]);
  return (
    <>
      <TabTable
        testId="consents"
        empty={t("empty.consents")}
        headers={[t("columns.consent"), t("columns.acceptedAt")]}
        rows={rows.map((c) => ({ key: c.id, cells: [c.consent.name, formatDateTime(c.acceptedAt, locale)] }))}
      />
      <TabPager id={id} tab="consents" page={page} total={total} />
    </>
  );
}
