import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";

import { LineRow } from "@/components/storefront/lists/line-row";
import { ButtonLink } from "@/components/ui/button";
import { formatPrice } from "@/lib/catalog/pricing";
import { requireCustomer } from "@/lib/identity/shop-session";
import { getList, mayUseLists } from "@/lib/shopping-lists/service";

export const metadata: Metadata = { title: "Shopping list" };

/** Someone else's list id answers like a missing list. */
export default async function ShoppingListPage({ params }: PageProps<"/shopping-lists/[id]">) {
  const { id } = await params;
  const customer = await requireCustomer(`/shopping-lists/${id}`);
  const [t, locale, allowed, list] = await Promise.all([
    getTranslations("shop.lists"),
    getLocale(),
    mayUseLists(customer.id, "VIEW"),
    getList(
      { customerUserId: customer.id, companyId: customer.companyId, customerGroupId: customer.customerGroupId },
      id,
    ),
  ]);
  if (!list || !allowed) notFound();
  const money = (amount: number | null, currency: string | undefined) =>
    amount === null || !currency ? t("unavailable") : formatPrice({ amount, currency }, locale);
  return (
    <main className="mx-auto max-w-4xl space-y-6 p-8">
      <p className="text-sm">
        <Link className="underline" href="/shopping-lists">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold" data-testid="list-name">
        {list.name}
      </h1>
      {list.lines.length === 0 ? (
        <p data-testid="empty-list">{t("noLines")}</p>
      ) : (
        <>
          <div className="relative overflow-x-auto" tabIndex={0}>
            <table className="w-full text-sm" data-testid="list-lines">
              <thead>
                <tr className="border-b border-slate-200 text-left">
                  <th className="py-2">{t("product")}</th>
                  <th>{t("unitPrice")}</th>
                  <th>{t("quantity")}</th>
                  <th className="text-right">{t("lineTotal")}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {list.lines.map((l) => (
                  <LineRow
                    key={l.id}
                    listId={list.id}
                    line={l}
                    unitPrice={money(l.unitPrice?.amount ?? null, l.unitPrice?.currency)}
                    lineTotal={money(l.lineTotal, l.unitPrice?.currency)}
                  />
                ))}
              </tbody>
            </table>
          </div>
          <p className="text-right text-lg font-semibold">
            {t("subtotal")}: <span data-testid="list-subtotal">{money(list.subtotal, list.currency ?? undefined)}</span>
          </p>
          <div className="flex justify-end gap-3">
            <ButtonLink variant="secondary" href={`/quotes/request?list=${encodeURIComponent(list.id)}`}>
              {t("requestQuote")}
            </ButtonLink>
            <ButtonLink href={`/checkout?list=${encodeURIComponent(list.id)}`}>{t("checkout")}</ButtonLink>
          </div>
        </>
      )}
    </main>
  );
}
