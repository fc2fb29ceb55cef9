import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { AccountNav } from "@/components/storefront/account/account-nav";
import { PasswordForm } from "@/components/storefront/account/password-form";
import { Notice } from "@/components/ui/notice";
import { customerPasswordRules } from "@/lib/identity/shop-password-rules";
import { CHANGE_PASSWORD_PATH, requireCustomer } from "@/lib/identity/shop-session";
import { policyHint } from "@/lib/shop-account/policy-hint";

export const metadata: Metadata = { title: "Change password" };

/** The one page a customer user with an expired password may open: everything else sends them here. */
export default async function ChangePasswordPage() {
  const customer = await requireCustomer(CHANGE_PASSWORD_PATH, { allowExpiredPassword: true });
  const [t, rules] = await Promise.all([getTranslations("shop"), customerPasswordRules()]);
  return (
    <main className="mx-auto max-w-3xl space-y-8 p-8">
      <h1 className="text-2xl font-semibold">{t("account.password.title")}</h1>
      {!customer.passwordExpired && <AccountNav current="profile" />}
      {customer.passwordExpired && (
        <Notice tone="error" testId="password-expired">
          {t("account.password.expired")}
        </Notice>
      )}
      <PasswordForm hint={policyHint(t, rules)} />
    </main>
  );
}
