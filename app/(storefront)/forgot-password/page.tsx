import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { ForgotPasswordForm } from "@/components/storefront/forgot-password-form";

export const metadata: Metadata = { title: "Forgot password" };

export default async function ForgotPasswordPage() {
  const t = await getTranslations("shop");
  return (
    <main className="mx-auto max-w-md p-8">
      <h1 className="text-2xl font-semibold">{t("forgot.title")}</h1>
      <p className="mt-4 text-slate-700">{t("forgot.intro")}</p>
      <ForgotPasswordForm />
      <p className="mt-6 text-sm">
        <Link className="underline" href="/login">
          {t("forgot.backToLogin")}
        </Link>
      </p>
    </main>
  );
}
