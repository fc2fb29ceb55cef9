import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { AccountNav } from "@/components/storefront/account/account-nav";
import { EmailForm } from "@/components/storefront/account/email-form";
import { requireCustomer } from "@/lib/identity/shop-session";
import { getProfile } from "@/lib/shop-account/service";

export const metadata: Metadata = { title: "Change e-mail address" };

/** The address the customer signs in with; the current password proves it is them asking. */
export default async function ChangeEmailPage() {
  const customer = await requireCustomer("/account/email");
  const [t, profile] = await Promise.all([getTranslations("shop.account"), getProfile(customer.id)]);
  return (
    <main className="mx-auto max-w-3xl space-y-8 p-8">
      <h1 className="text-2xl font-semibold">{t("email.title")}</h1>
      <AccountNav current="profile" />
      <p className="text-sm">{t("email.current", { email: profile.email })}</p>
      <EmailForm />
    </main>
  );
}
