import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { AccountNav } from "@/components/storefront/account/account-nav";
import { AccountRoleForm } from "@/components/storefront/company-roles/role-form";
import { fullMatrix } from "@/lib/customer-roles/schema";
import { requireAccountCapability } from "@/lib/shop-access/page";

export const metadata: Metadata = { title: "New role" };

export default async function NewAccountRolePage() {
  await requireAccountCapability("/account/roles/new", "manage-roles");
  const t = await getTranslations("shop.accountRoles");
  return (
    <main className="mx-auto max-w-4xl space-y-6 p-8">
      <h1 className="text-2xl font-semibold">{t("newTitle")}</h1>
      <AccountNav current="roles" />
      <AccountRoleForm defaults={{ name: "", permissions: fullMatrix([]), capabilities: [] }} />
    </main>
  );
}
