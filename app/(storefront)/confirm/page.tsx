import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ConfirmForm } from "@/components/storefront/confirm-form";

export const metadata: Metadata = { title: "Confirm registration" };

export default async function ConfirmPage({ searchParams }: PageProps<"/confirm">) {
  const { token } = await searchParams;
  const t = await getTranslations("shop.confirm");
  return (
    <main className="mx-auto max-w-md p-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-4 text-slate-700">{t("intro")}</p>
      <ConfirmForm token={typeof token === "string" ? token : ""} />
    </main>
  );
}
