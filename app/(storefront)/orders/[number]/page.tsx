import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";

import { OrderFacts } from "@/components/storefront/orders/order-facts";
import { OrderLines } from "@/components/storefront/orders/order-lines";
import { ShopNotice } from "@/components/storefront/shop-notice";
import { requireCustomer } from "@/lib/identity/shop-session";
import { getShopOrder } from "@/lib/orders/storefront";

export const metadata: Metadata = { title: "Order" };

/** An order outside the viewer's scope answers like a missing one. */
export default async function OrderPage({ params, searchParams }: PageProps<"/orders/[number]">) {
  const { number } = await params;
  const customer = await requireCustomer(`/orders/${encodeURIComponent(number)}`);
  const [t, order, { notice }] = await Promise.all([
    getTranslations("shop.orders"),
    getShopOrder(customer, number),
    searchParams,
  ]);
  if (!order) notFound();
  return (
    <main className="mx-auto max-w-4xl space-y-6 p-8">
      <p className="text-sm">
        <Link className="underline" href="/orders">
          {t("back")}
        </Link>
      </p>
      <ShopNotice notice={notice} />
      <h1 className="text-2xl font-semibold" data-testid="order-number">
        {t("heading", { number: order.number })}
      </h1>
      {order.createdBy && (
        <p
          className="rounded-md border border-blue-200 bg-blue-50 px-4 py-2 text-sm text-blue-900"
          data-testid="created-on-behalf"
        >
          {t("createdOnBehalf")}
        </p>
      )}
      <OrderFacts order={order} />
      <OrderLines lines={order.lines} currency={order.currency} subtotal={order.total} />
    </main>
  );
}
