import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { AccountNav } from "@/components/storefront/account/account-nav";
import { PasswordForm } from "@/components/storefront/account/password-form";
import { ProfileForm } from "@/components/storefront/account/profile-form";
import { ShopNotice } from "@/components/storefront/shop-notice";
import { customerPasswordRules } from "@/lib/identity/shop-password-rules";
import { requireCustomer } from "@/lib/identity/shop-session";
import { policyHint } from "@/lib/shop-account/policy-hint";
import { getProfile } from "@/lib/shop-account/service";
import { currentWebsite } from "@/lib/websites/website";

export const metadata: Metadata = { title: "My account" };

export default async function AccountPage({ searchParams }: PageProps<"/account">) {
  const customer = await requireCustomer("/account");
  const { notice } = await searchParams;
  const [t, profile, website, rules] = await Promise.all([
    getTranslations("shop"),
    getProfile(customer.id),
    currentWebsite(),
    customerPasswordRules(),
  ]);
  const locales = website.locales.map((code) => ({
    code,
    name: t.has(`languages.${code}`) ? t(`languages.${code}`) : code,
  }));
  const { email, companyName, ...defaults } = profile;
  return (
    <main className="mx-auto max-w-3xl space-y-8 p-8">
      <h1 className="text-2xl font-semibold" data-testid="account-title">
        {t("account.title")}
      </h1>
      <AccountNav current="profile" />
      <ShopNotice notice={notice} />
      <section className="space-y-4">
        <h2 className="text-lg font-semibold">{t("account.profile.title")}</h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-600">{t("account.profile.email")}</dt>
          <dd>
            <span data-testid="account-email">{email}</span>{" "}
            <Link className="ml-2 underline" href="/account/email" aria-label={t("account.email.title")}>
              {t("account.email.change")}
            </Link>
          </dd>
          <dt className="text-slate-600">{t("account.profile.company")}</dt>
          <dd data-testid="account-company">{companyName}</dd>
        </dl>
        <ProfileForm defaults={defaults} locales={locales} />
      </section>
      <section className="space-y-4">
        <h2 className="text-lg font-semibold">{t("account.password.title")}</h2>
        <PasswordForm hint={policyHint(t, rules)} />
      </section>
    </main>
  );
}
