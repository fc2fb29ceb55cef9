import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";

import { CheckoutForm } from "@/components/storefront/orders/checkout-form";
import { OrderLines } from "@/components/storefront/orders/order-lines";
import { Notice } from "@/components/ui/notice";
import { requireCustomer } from "@/lib/identity/shop-session";
import { CURRENCY } from "@/lib/money/money";
import { checkoutAddresses } from "@/lib/orders/checkout";
import { getQuoteForCheckout } from "@/lib/quotes/storefront";
import { holdsCapability } from "@/lib/shop-access/service";
import { getList } from "@/lib/shopping-lists/service";

export const metadata: Metadata = { title: "Checkout" };

/** The review shows today's prices of a list, or an open quote's prices; placing the order reads the lines again on the server. */
export default async function CheckoutPage({ searchParams }: PageProps<"/checkout">) {
  const { list: rawList, quote: rawQuote } = await searchParams;
  const listId = typeof rawList === "string" ? rawList : "";
  const quoteId = typeof rawQuote === "string" && !listId ? rawQuote : "";
  const customer = await requireCustomer(
    quoteId ? `/checkout?quote=${encodeURIComponent(quoteId)}` : `/checkout?list=${encodeURIComponent(listId)}`,
  );
  const viewer = {
    customerUserId: customer.id,
    companyId: customer.companyId,
    customerGroupId: customer.customerGroupId,
  };
  const [t, list, quote, allowed, addresses] = await Promise.all([
    getTranslations("shop.checkout"),
    listId ? getList(viewer, listId) : null,
    quoteId ? getQuoteForCheckout(customer, quoteId) : null,
    holdsCapability(customer.id, "place-orders"),
    checkoutAddresses(customer),
  ]);
  const source = list
    ? {
        back: `/shopping-lists/${list.id}`,
        backLabel: t("back"),
        title: t("title", { name: list.name }),
        lines: list.lines.map((l) => ({ ...l, unitPrice: l.unitPrice?.amount ?? null })),
        currency: list.currency ?? CURRENCY,
        subtotal: list.subtotal,
      }
    : quote
      ? {
          back: `/quotes/${quote.number}`,
          backLabel: t("backToQuote"),
          title: t("quoteTitle", { number: quote.number }),
          lines: quote.lines,
          currency: quote.currency,
          subtotal: quote.total,
        }
      : notFound();
  return (
    <main className="mx-auto max-w-4xl space-y-6 p-8">
      <p className="text-sm">
        <Link className="underline" href={source.back}>
          {source.backLabel}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{source.title}</h1>
      <OrderLines lines={source.lines} currency={source.currency} subtotal={source.subtotal} testId="checkout-lines" />
      {!allowed ? (
        <Notice tone="error" testId="checkout-forbidden">
          {t("notAllowed")}
        </Notice>
      ) : source.lines.length === 0 ? (
        <p data-testid="empty-list">{t("empty")}</p>
      ) : addresses.billing.length === 0 || addresses.shipping.length === 0 ? (
        <Notice tone="error" testId="checkout-no-address">
          {t("noAddress")}{" "}
          <Link className="underline" href="/account/addresses">
            {t("addAddress")}
          </Link>
        </Notice>
      ) : (
        <CheckoutForm
          {...(quote ? { quoteId: quote.id } : { listId: list!.id })}
          billing={addresses.billing}
          shipping={addresses.shipping}
          defaults={addresses.defaults}
        />
      )}
    </main>
  );
}
