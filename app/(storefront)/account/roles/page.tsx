import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { AccountNav } from "@/components/storefront/account/account-nav";
import { ShopNotice } from "@/components/storefront/shop-notice";
import { ButtonLink } from "@/components/ui/button";
import { requireAccountCapability } from "@/lib/shop-access/page";
import { listAccountRoles } from "@/lib/shop-company-roles/service";

export const metadata: Metadata = { title: "Roles" };

export default async function AccountRolesPage({ searchParams }: PageProps<"/account/roles">) {
  const access = await requireAccountCapability("/account/roles", "manage-roles");
  const [t, roles, { notice }] = await Promise.all([
    getTranslations("shop.accountRoles"),
    listAccountRoles(access),
    searchParams,
  ]);
  return (
    <main className="mx-auto max-w-4xl space-y-6 p-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <AccountNav current="roles" />
      <ShopNotice notice={notice} />
      <ButtonLink href="/account/roles/new">{t("create")}</ButtonLink>
      <div className="relative overflow-x-auto" tabIndex={0}>
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              {(["name", "type", "users", "actions"] as const).map((c) => (
                <th key={c} className="py-2 pr-4 font-medium">
                  {t(`columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {roles.map((r) => (
              <tr key={r.id} data-testid="account-role-row" className="border-b border-slate-100">
                <td className="py-2 pr-4">{r.name}</td>
                <td className="py-2 pr-4">{r.predefined ? t("predefined") : t("own")}</td>
                <td className="py-2 pr-4">{r.userCount}</td>
                <td className="py-2 pr-4">
                  <Link className="underline" href={`/account/roles/${r.id}`}>
                    {r.editable ? t("edit") : t("view")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </main>
  );
}
