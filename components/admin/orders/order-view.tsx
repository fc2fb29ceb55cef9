import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { formatDateTime } from "@/lib/i18n/dates";
import type { StaffSession } from "@/lib/identity/staff-session";
import type { StaffOrderDetail } from "@/lib/orders/admin";

/**
 * One order as the back office sees it: buyer, creator, addresses as placed, and its lines. The
 * company, the buyer and the staff user who placed it are shown to viewers who may view those.
 */
export async function OrderView({ staff, order }: { staff: StaffSession; order: StaffOrderDetail }) {
  const [t, format, locale] = await Promise.all([getTranslations("orders.view"), getFormatter(), getLocale()]);
  const money = (minor: number) => format.number(minor / 100, { style: "currency", currency: order.currency });
  const cu = order.customerUser;
  const address = (title: string, lines: string[], testId: string) => (
    <section>
      <h2 className="font-semibold">{title}</h2>
      <address className="text-sm not-italic" data-testid={testId}>
        {lines.length
          ? lines.map((l, i) => (
              <span key={i} className="block">
                {l}
              </span>
            ))
          : "—"}
      </address>
    </section>
  );
  return (
    <section className="space-y-6">
      <p className="text-sm">
        <Link className="underline" href="/admin/orders">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold" data-testid="order-number">
        {t("title", { number: order.number })}
      </h1>
      <div className="grid gap-6 md:grid-cols-3">
        <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 break-words gap-y-1 text-sm">
          <dt className="text-slate-600">{t("status")}</dt>
          <dd>{t(`statuses.${order.status}`)}</dd>
          {order.company && (
            <>
              <dt className="text-slate-600">{t("company")}</dt>
              <dd>{order.company.name}</dd>
            </>
          )}
          {staff.can("customers/customer-user/view") && (
            <>
              <dt className="text-slate-600">{t("customerUser")}</dt>
              <dd data-testid="order-customer">
                {cu ? (
                  <Link className="underline" href={`/admin/customer-users/${cu.id}`}>
                    {cu.name}
                  </Link>
                ) : (
                  "—"
                )}
                {cu && <span className="block text-slate-600">{cu.email}</span>}
              </dd>
            </>
          )}
          {staff.can("users/user/view") && (
            <>
              <dt className="text-slate-600">{t("createdBy")}</dt>
              <dd data-testid="order-created-by">{order.createdBy ?? t("customerMade")}</dd>
            </>
          )}
          <dt className="text-slate-600">{t("createdAt")}</dt>
          <dd>{formatDateTime(order.createdAt, locale)}</dd>
          <dt className="text-slate-600">{t("poNumber")}</dt>
          <dd>{order.poNumber ?? "—"}</dd>
        </dl>
        {address(t("billing"), order.billing, "billing-address")}
        {address(t("shipping"), order.shipping, "shipping-address")}
      </div>
      <table className="w-full text-sm" data-testid="order-lines">
        <thead>
          <tr className="border-b border-slate-200 text-left">
            <th className="py-2">{t("sku")}</th>
            <th>{t("name")}</th>
            <th>{t("quantity")}</th>
            <th>{t("unitPrice")}</th>
            <th className="text-right">{t("lineTotal")}</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((l) => (
            <tr key={l.id} className="border-b border-slate-100" data-testid="order-line">
              <td className="py-2">{l.sku}</td>
              <td>{l.name}</td>
              <td>{l.quantity}</td>
              <td>{money(l.unitPrice)}</td>
              <td className="text-right">{money(l.lineTotal)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={4} className="py-2 text-right font-semibold">
              {t("total")}
            </td>
            <td className="text-right font-semibold" data-testid="order-total">
              {money(order.total)}
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
