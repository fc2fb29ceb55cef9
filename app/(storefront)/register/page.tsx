import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";

import { RegisterForm } from "@/components/storefront/register-form";
import { listMandatoryConsents } from "@/lib/consents/storefront";
import { customerPasswordRules } from "@/lib/identity/shop-password-rules";
import { currentCustomer } from "@/lib/identity/shop-session";
import { policyHint } from "@/lib/shop-account/policy-hint";

export const metadata: Metadata = { title: "Register" };

export default async function RegisterPage() {
  if (await currentCustomer()) redirect("/account");
  const [t, shop, rules, consents] = await Promise.all([
    getTranslations("shop.register"),
    getTranslations("shop"),
    customerPasswordRules(),
    listMandatoryConsents(),
  ]);
  return (
    <main className="mx-auto max-w-md p-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <RegisterForm
        hint={policyHint(shop, rules)}
        consents={consents.map((c) => ({ id: c.id, name: c.name, page: c.cmsPage?.slug ?? null }))}
      />
      <p className="mt-6 text-sm">
        {t("haveAccount")}{" "}
        <Link className="underline" href="/login">
          {t("signInLink")}
        </Link>
      </p>
    </main>
  );
}
