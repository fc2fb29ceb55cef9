import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { ResetPasswordForm } from "@/components/storefront/reset-password-form";
import { Notice } from "@/components/ui/notice";
import { resetTokenIsValid } from "@/lib/customer-users/password-reset";
import { customerPasswordRules } from "@/lib/identity/shop-password-rules";
import { policyHint } from "@/lib/shop-account/policy-hint";

// the token is in the address: no referrer may carry it to another page or site
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

/** Opening the link only looks the token up: it is used up when the new password is saved, so mail scanners cannot burn it. */
export default async function ResetPasswordPage({ searchParams }: PageProps<"/reset-password">) {
  const { token } = await searchParams;
  const value = typeof token === "string" ? token : "";
  const [t, valid, rules] = await Promise.all([
    getTranslations("shop"),
    resetTokenIsValid(value),
    customerPasswordRules(),
  ]);
  return (
    <main className="mx-auto max-w-md p-8">
      <h1 className="text-2xl font-semibold">{t("reset.title")}</h1>
      {valid ? (
        <ResetPasswordForm token={value} hint={policyHint(t, rules)} />
      ) : (
        <div className="mt-4 space-y-4">
          <Notice tone="error" testId="reset-invalid">
            {t("reset.invalid")}
          </Notice>
          <Link className="underline" href="/forgot-password">
            {t("reset.requestNew")}
          </Link>
        </div>
      )}
    </main>
  );
}
