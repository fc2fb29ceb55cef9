import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { AccountNav } from "@/components/storefront/account/account-nav";
import { AccountUserForm } from "@/components/storefront/company-users/user-form";
import { requireAccountCapability } from "@/lib/shop-access/page";
import { companyChoices, getAccountUser } from "@/lib/shop-company-users/service";

export const metadata: Metadata = { title: "Edit user" };

export default async function EditAccountUserPage({ params }: PageProps<"/account/users/[id]">) {
  const { id } = await params;
  const access = await requireAccountCapability(`/account/users/${id}`, "manage-users");
  const user = await getAccountUser(access, id);
  if (!user) notFound();
  const [t, companies] = await Promise.all([
    getTranslations("shop.accountUsers"),
    companyChoices(access, "EDIT", { companyId: user.companyId, roleIds: user.roleIds }),
  ]);
  return (
    <main className="mx-auto max-w-3xl space-y-6 p-8">
      <h1 className="text-2xl font-semibold">{t("editTitle")}</h1>
      <AccountNav current="users" />
      <AccountUserForm
        id={id}
        companies={companies}
        defaults={{
          enabled: user.enabled,
          firstName: user.firstName,
          lastName: user.lastName,
          email: user.email,
          companyId: user.companyId,
          roleIds: user.roleIds,
          generatePassword: false,
          password: "",
          repeatPassword: "",
          sendWelcomeEmail: false,
        }}
      />
    </main>
  );
}
