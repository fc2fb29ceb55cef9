import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RegisterForm } from "@/components/storefront/register-form";
import { currentCustomer } from "@/lib/auth/customer-session";

export const metadata: Metadata = { title: "Register" };

export default async function RegisterPage() {
  if (await currentCustomer()) redirect("/account");
  const t = await getTranslations("shop.register");
  return (
    <main className="mx-auto max-w-md p-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <RegisterForm />
      <p className="mt-6 text-sm">
        {t("haveAccount")} <Link className="underline" href="/login">{t("signInLink")}</Link>
      </p>
    </main>
  );
}
