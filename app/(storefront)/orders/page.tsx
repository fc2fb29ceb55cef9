import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { formatPrice } from "@/lib/catalog/pricing";
import { lastPageOrRedirect } from "@/lib/grid/pages";
import { formatDate } from "@/lib/i18n/dates";
import { requireCustomer } from "@/lib/identity/shop-session";
import { listShopOrders, SHOP_ORDERS_PAGE_SIZE } from "@/lib/orders/storefront";

export const metadata: Metadata = { title: "Orders" };

export default async function OrdersPage({ searchParams }: PageProps<"/orders">) {
  const customer = await requireCustomer("/orders");
  const pageNum = Math.floor(Number((await searchParams).page));
  const page = Number.isFinite(pageNum) && pageNum >= 1 && pageNum <= 100_000 ? pageNum : 1;
  const [t, locale, result] = await Promise.all([
    getTranslations("shop.orders"),
    getLocale(),
    listShopOrders(customer, page),
  ]);
  const pages = lastPageOrRedirect(page, result?.total ?? 0, SHOP_ORDERS_PAGE_SIZE, (p) =>
    p > 1 ? `/orders?page=${p}` : "/orders",
  );
  const link = "rounded border border-slate-300 px-3 py-1 hover:bg-slate-50";
  return (
    <main className="mx-auto max-w-4xl space-y-6 p-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {!result ? (
        <p data-testid="orders-not-allowed">{t("notAllowed")}</p>
      ) : result.rows.length === 0 ? (
        <p data-testid="no-orders">{t("empty")}</p>
      ) : (
        <div className="relative overflow-x-auto" tabIndex={0}>
          <table className="w-full text-sm" data-testid="orders">
            <thead>
              <tr className="border-b border-slate-200 text-left">
                <th className="py-2">{t("number")}</th>
                <th>{t("date")}</th>
                <th>{t("buyer")}</th>
                <th>{t("poNumber")}</th>
                <th>{t("status")}</th>
                <th className="text-right">{t("total")}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((o) => (
                <tr key={o.id} className="border-b border-slate-100" data-testid="order-row">
                  <td className="py-2">
                    <Link className="underline" href={`/orders/${encodeURIComponent(o.number)}`}>
                      {o.number}
                    </Link>
                  </td>
                  <td>{formatDate(o.createdAt, locale)}</td>
                  <td>{o.buyer ?? "—"}</td>
                  <td>{o.poNumber ?? "—"}</td>
                  <td>{t(`statuses.${o.status}`)}</td>
                  <td className="text-right">{formatPrice({ amount: o.total, currency: o.currency }, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t("pagination")} className="flex items-center justify-between text-sm">
        {page > 1 ? (
          <Link className={link} href={`/orders?page=${page - 1}`}>
            {t("previous")}
          </Link>
        ) : (
          <span />
        )}
        <span data-testid="orders-page">{t("pageOf", { page, pages })}</span>
        {page < pages ? (
          <Link className={link} href={`/orders?page=${page + 1}`}>
            {t("next")}
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </main>
  );
}
