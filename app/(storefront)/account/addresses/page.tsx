import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { AccountNav } from "@/components/storefront/account/account-nav";
import { AddressBook } from "@/components/storefront/account/address-book";
import { requireCustomer } from "@/lib/identity/shop-session";
import { listOwnAddresses } from "@/lib/shop-account/addresses";

export const metadata: Metadata = { title: "Address book" };

export default async function AddressBookPage() {
  const customer = await requireCustomer("/account/addresses");
  const [t, addresses] = await Promise.all([getTranslations("shop.account"), listOwnAddresses(customer.id)]);
  return (
    <main className="mx-auto max-w-3xl space-y-6 p-8">
      <h1 className="text-2xl font-semibold">{t("addresses.title")}</h1>
      <AccountNav current="addresses" />
      <AddressBook addresses={addresses} />
    </main>
  );
}
