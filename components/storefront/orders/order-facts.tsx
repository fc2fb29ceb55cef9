import { getLocale, getTranslations } from "next-intl/server";

import { formatDateTime } from "@/lib/i18n/dates";
import type { OrderDetail } from "@/lib/orders/detail";

/** Status, date, PO number, buyer and the two addresses of an order. */
export async function OrderFacts({ order }: { order: OrderDetail }) {
  const [t, locale] = await Promise.all([getTranslations("shop.orders"), getLocale()]);
  const address = (title: string, lines: string[], testId: string) => (
    <section>
      <h2 className="font-semibold">{title}</h2>
      <address className="not-italic text-sm" data-testid={testId}>
        {lines.map((l, i) => (
          <span key={i} className="block">
            {l}
          </span>
        ))}
      </address>
    </section>
  );
  return (
    <div className="grid gap-6 sm:grid-cols-3">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-600">{t("status")}</dt>
        <dd data-testid="order-status">{t(`statuses.${order.status}`)}</dd>
        <dt className="text-slate-600">{t("date")}</dt>
        <dd>{formatDateTime(order.createdAt, locale)}</dd>
        <dt className="text-slate-600">{t("poNumber")}</dt>
        <dd data-testid="order-po">{order.poNumber ?? "—"}</dd>
        <dt className="text-slate-600">{t("buyer")}</dt>
        <dd>{order.customerUser?.name ?? "—"}</dd>
      </dl>
      {address(t("billing"), order.billing, "billing-address")}
      {address(t("shipping"), order.shipping, "shipping-address")}
    </div>
  );
}
