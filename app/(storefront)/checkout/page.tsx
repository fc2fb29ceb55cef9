import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CheckoutForm } from "@/components/storefront/orders/checkout-form";
import { OrderLines } from "@/components/storefront/orders/order-lines";
import { Notice } from "@/components/ui/notice";
import { requireCustomer } from "@/lib/auth/customer-session";
import { checkoutAddresses } from "@/lib/orders/checkout";
import { CURRENCY } from "@/lib/orders/money";
import { getList } from "@/lib/shopping-lists/service";
import { holdsCapability } from "@/lib/customer-access/service";

export const metadata: Metadata = { title: "Checkout" };

/** The review shows today's prices; placing the order prices the list again on the server. */
export default async function CheckoutPage({ searchParams }: PageProps<"/checkout">) {
  const { list: raw } = await searchParams;
  const listId = typeof raw === "string" ? raw : "";
  const customer = await requireCustomer(`/checkout?list=${encodeURIComponent(listId)}`);
  const viewer = { customerUserId: customer.id, companyId: customer.companyId, customerGroupId: customer.customerGroupId };
  const [t, list, allowed, addresses] = await Promise.all([
    getTranslations("shop.checkout"), listId ? getList(viewer, listId) : null, holdsCapability(customer.id, "place-orders"), checkoutAddresses(customer),
  ]);
  if (!list) notFound();
  const lines = list.lines.map((l) => ({ ...l, unitPrice: l.unitPrice?.amount ?? null }));
  return (
    <main className="mx-auto max-w-4xl space-y-6 p-8">
      <p className="text-sm"><Link className="underline" href={`/shopping-lists/${list.id}`}>{t("back")}</Link></p>
      <h1 className="text-2xl font-semibold">{t("title", { name: list.name })}</h1>
      <OrderLines lines={lines} currency={list.currency ?? CURRENCY} subtotal={list.subtotal} testId="checkout-lines" />
      {!allowed ? <Notice tone="error" testId="checkout-forbidden">{t("notAllowed")}</Notice>
        : list.lines.length === 0 ? <p data-testid="empty-list">{t("empty")}</p>
        : addresses.billing.length === 0 || addresses.shipping.length === 0 ? (
          <Notice tone="error" testId="checkout-no-address">{t("noAddress")} <Link className="underline" href="/account/addresses">{t("addAddress")}</Link></Notice>
        ) : <CheckoutForm listId={list.id} billing={addresses.billing} shipping={addresses.shipping} defaults={addresses.defaults} />}
    </main>
  );
}
