import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { AccountNav } from "@/components/storefront/account/account-nav";
import { AccountUserForm } from "@/components/storefront/company-users/user-form";
import { customerPasswordRules } from "@/lib/identity/shop-password-rules";
import { requireAccountCapability } from "@/lib/shop-access/page";
import { policyHint } from "@/lib/shop-account/policy-hint";
import { companyChoices } from "@/lib/shop-company-users/service";

export const metadata: Metadata = { title: "New user" };

export default async function NewAccountUserPage() {
  const access = await requireAccountCapability("/account/users/new", "manage-users");
  const companies = await companyChoices(access, "CREATE");
  if (companies.length === 0) notFound();
  const [t, shop, rules] = await Promise.all([
    getTranslations("shop.accountUsers"),
    getTranslations("shop"),
    customerPasswordRules(),
  ]);
  const companyId = companies.some((c) => c.id === access.companyId) ? access.companyId : companies[0]!.id;
  return (
    <main className="mx-auto max-w-3xl space-y-6 p-8">
      <h1 className="text-2xl font-semibold">{t("newTitle")}</h1>
      <AccountNav current="users" />
      <AccountUserForm
        companies={companies}
        passwordHint={policyHint(shop, rules)}
        defaults={{
          enabled: true,
          firstName: "",
          lastName: "",
          email: "",
          companyId,
          roleIds: [],
          generatePassword: true,
          password: "",
          repeatPassword: "",
          sendWelcomeEmail: true,
        }}
      />
    </main>
  );
}
