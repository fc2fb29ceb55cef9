import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { formatDate } from "@/lib/i18n/dates";
import { listMyRequests, SHOP_LIST_SIZE } from "@/lib/requests-for-quote/service";

import { DocTable, ListPager } from "./doc-table";

/** "My requests": number, status, PO number, lines, who asked and when, newest first. */
export async function RequestsList({ customer, page }: { customer: { id: string; companyId: string }; page: number }) {
  const [t, locale, { rows, total }] = await Promise.all([
    getTranslations("shop"),
    getLocale(),
    listMyRequests(customer, page),
  ]);
  return (
    <>
      <DocTable
        testId="requests"
        empty={t("requests.empty")}
        headers={[
          t("requests.columns.number"),
          t("requests.columns.status"),
          t("requests.columns.poNumber"),
          t("requests.columns.lines"),
          t("requests.columns.requestedBy"),
          t("requests.columns.createdAt"),
        ]}
        rows={rows.map((r) => ({
          key: r.id,
          cells: [
            <Link key="n" className="underline" href={`/requests/${r.number}`}>
              {r.number}
            </Link>,
            t(`requestStatus.${r.status}`),
            r.poNumber ?? "—",
            r._count.lines,
            r.customerUser ? `${r.customerUser.firstName} ${r.customerUser.lastName}` : "—",
            formatDate(r.createdAt, locale),
          ],
        }))}
      />
      <ListPager
        base="/requests"
        page={page}
        size={SHOP_LIST_SIZE}
        total={total}
        labels={{ previous: t("products.previous"), next: t("products.next") }}
      />
    </>
  );
}
