import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";

import { ShopLoginForm } from "@/components/storefront/login-form";
import { ShopNotice } from "@/components/storefront/shop-notice";
import { safeNext } from "@/lib/identity/safe-next";
import { currentCustomer } from "@/lib/identity/shop-session";

export const metadata: Metadata = { title: "Sign in" };

export default async function ShopLoginPage({ searchParams }: PageProps<"/login">) {
  const { next, notice } = await searchParams;
  const target = safeNext(next);
  if (await currentCustomer()) redirect(target);
  const t = await getTranslations("shop");
  return (
    <main className="mx-auto max-w-md p-8">
      <h1 className="text-2xl font-semibold">{t("login.title")}</h1>
      <div className="mt-4">
        <ShopNotice notice={notice} />
      </div>
      <ShopLoginForm next={target} />
      <p className="mt-4 text-sm">
        <Link className="underline" href="/forgot-password">
          {t("login.forgotLink")}
        </Link>
      </p>
      <p className="mt-6 text-sm">
        {t("login.noAccount")}{" "}
        <Link className="underline" href="/register">
          {t("login.registerLink")}
        </Link>
      </p>
    </main>
  );
}
