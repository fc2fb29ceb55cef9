import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { AccountNav } from "@/components/storefront/account/account-nav";
import { UsersTable } from "@/components/storefront/company-users/users-table";
import { ShopNotice } from "@/components/storefront/shop-notice";
import { ActionNotice } from "@/components/ui/action-notice";
import { ButtonLink } from "@/components/ui/button";
import { requireAccountCapability } from "@/lib/shop-access/page";
import { userScope } from "@/lib/shop-company-users/scope";
import { listAccountUsers } from "@/lib/shop-company-users/service";

export const metadata: Metadata = { title: "Users" };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function AccountUsersPage({ searchParams }: PageProps<"/account/users">) {
  const access = await requireAccountCapability("/account/users", "manage-users");
  const sp = await searchParams;
  const q = first(sp.q).trim().slice(0, 200);
  const page = Math.min(Math.max(1, Math.floor(Number(first(sp.page))) || 1), 100_000);
  const [t, { rows, total }] = await Promise.all([
    getTranslations("shop.accountUsers"),
    listAccountUsers(access, q, page),
  ]);
  return (
    <main className="mx-auto max-w-5xl space-y-6 p-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <AccountNav current="users" />
      <ShopNotice notice={sp.notice} />
      <ActionNotice />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <form role="search" className="flex gap-2">
          <label className="sr-only" htmlFor="users-q">
            {t("search")}
          </label>
          <input
            id="users-q"
            name="q"
            defaultValue={q}
            placeholder={t("search")}
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm"
          />
          <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
            {t("searchButton")}
          </button>
        </form>
        {userScope(access, "CREATE").level !== "NONE" && (
          <ButtonLink href="/account/users/new">{t("create")}</ButtonLink>
        )}
      </div>
      <UsersTable rows={rows} q={q} page={page} total={total} />
    </main>
  );
}
