import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { GroupForm } from "@/components/admin/groups/group-form";
import { deniedPickers } from "@/components/admin/no-access";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { listRoleOptions } from "@/lib/staff-roles/service";

export const metadata: Metadata = { title: "Create group" };

export default async function NewGroupPage() {
  const staff = await requireStaffPage("users/group/create");
  const denied = await deniedPickers(staff.can, { roles: ["users/role/view", "roles"] });
  const [t, roles] = await Promise.all([getTranslations("groups"), denied.roles ? [] : listRoleOptions(staff.rules)]);
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">{t("createTitle")}</h1>
      <GroupForm mode="create" roles={roles} deniedRoles={denied.roles} defaults={{ name: "", roleIds: [] }} />
    </section>
  );
}
