import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { AccountNav } from "@/components/storefront/account/account-nav";
import { DeleteRoleButton } from "@/components/storefront/company-roles/delete-role-button";
import { AccountRoleForm } from "@/components/storefront/company-roles/role-form";
import { Notice } from "@/components/ui/notice";
import { fullMatrix } from "@/lib/customer-roles/schema";
import { requireAccountCapability } from "@/lib/shop-access/page";
import { getAccountRole } from "@/lib/shop-company-roles/service";

export const metadata: Metadata = { title: "Role" };

/** The company's own roles are edited here; predefined and shop-managed ones are shown read-only. */
export default async function AccountRolePage({ params }: PageProps<"/account/roles/[id]">) {
  const { id } = await params;
  const access = await requireAccountCapability(`/account/roles/${id}`, "manage-roles");
  const role = await getAccountRole(access, id);
  if (!role) notFound();
  const t = await getTranslations("shop.accountRoles");
  return (
    <main className="mx-auto max-w-4xl space-y-6 p-8">
      <h1 className="text-2xl font-semibold">{role.editable ? t("editTitle") : t("viewTitle")}</h1>
      <AccountNav current="roles" />
      {!role.editable && <Notice>{t("readOnly")}</Notice>}
      <AccountRoleForm
        id={role.editable ? id : undefined}
        readOnly={!role.editable}
        defaults={{ name: role.name, permissions: fullMatrix(role.permissions), capabilities: role.capabilities }}
      />
      {role.editable && <DeleteRoleButton id={id} />}
    </main>
  );
}
