import { getLocale, getTranslations } from "next-intl/server";

import { formatPrice } from "@/lib/catalog/pricing";

type Line = {
  id: string;
  sku: string;
  name: string;
  quantity: number;
  unitPrice: number | null;
  lineTotal: number | null;
};

/** Lines with unit prices and totals, as the review at checkout and the order page show them. */
export async function OrderLines({
  lines,
  currency,
  subtotal,
  testId = "order-lines",
}: {
  lines: Line[];
  currency: string;
  subtotal: number;
  testId?: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("shop.orders"), getLocale()]);
  const money = (amount: number | null) =>
    amount === null ? t("unavailable") : formatPrice({ amount, currency }, locale);
  return (
    <div className="relative overflow-x-auto" tabIndex={0}>
      <table className="w-full text-sm" data-testid={testId}>
        <thead>
          <tr className="border-b border-slate-200 text-left">
            <th className="py-2">{t("product")}</th>
            <th>{t("unitPrice")}</th>
            <th>{t("quantity")}</th>
            <th className="text-right">{t("lineTotal")}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.id} className="border-b border-slate-100" data-testid="order-line">
              <td className="py-2">
                {l.name}
                <span className="block text-xs text-slate-600">{l.sku}</span>
              </td>
              <td>{money(l.unitPrice)}</td>
              <td data-testid="order-line-quantity">{l.quantity}</td>
              <td className="text-right">{money(l.lineTotal)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={3} className="py-2 text-right font-semibold">
              {t("total")}
            </td>
            <td className="text-right font-semibold" data-testid="order-total">
              {money(subtotal)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
