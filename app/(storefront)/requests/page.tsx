import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { pageOf } from "@/components/storefront/quotes/doc-table";
import { RequestsList } from "@/components/storefront/quotes/requests-list";
import { requireCustomer } from "@/lib/identity/shop-session";

export const metadata: Metadata = { title: "My requests" };

export default async function MyRequestsPage({ searchParams }: PageProps<"/requests">) {
  const customer = await requireCustomer("/requests");
  const [t, { page }] = await Promise.all([getTranslations("shop"), searchParams]);
  return (
    <main className="mx-auto max-w-5xl space-y-6 p-8">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t("requests.title")}</h1>
        <Link className="underline" href="/quotes/request">
          {t("requests.new")}
        </Link>
      </div>
      <RequestsList customer={customer} page={pageOf(page)} />
    </main>
  );
}
