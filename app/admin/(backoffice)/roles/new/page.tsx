import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { RoleForm } from "@/components/admin/roles/role-form";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Create role" };

export default async function NewRolePage() {
  await requireStaffPage("users/role/create");
  const t = await getTranslations("roles");
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">{t("createTitle")}</h1>
      <RoleForm mode="create" defaults={{ name: "", rules: [] }} />
    </section>
  );
}
