import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { GroupForm } from "@/components/admin/groups/group-form";
import { GroupMembers } from "@/components/admin/groups/group-members";
import { deniedPickers, NoAccess } from "@/components/admin/no-access";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { getGroup } from "@/lib/staff-groups/service";
import { listRoleOptions } from "@/lib/staff-roles/service";

export const metadata: Metadata = { title: "Edit group" };

export default async function EditGroupPage({ params }: PageProps<"/admin/groups/[id]/edit">) {
  const staff = await requireStaffPage("users/group/edit", "users/group/view");
  const { id } = await params;
  const denied = await deniedPickers(staff.can, { roles: ["users/role/view", "roles"] });
  const [t, group, roles] = await Promise.all([
    getTranslations("groups"),
    getGroup(id),
    denied.roles ? [] : listRoleOptions(staff.rules),
  ]);
  if (!group) notFound();
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">{t("editTitle", { name: group.name })}</h1>
      <GroupForm
        mode="edit"
        groupId={group.id}
        roles={roles}
        deniedRoles={denied.roles}
        defaults={{ name: group.name, roleIds: group.roleIds }}
      />
      {/* the members are staff users */}
      {staff.can("users/user/view") ? (
        <GroupMembers groupId={group.id} total={group.userCount} canEditUsers={staff.can("users/user/edit")} />
      ) : (
        <NoAccess to="staffUsers" />
      )}
    </section>
  );
}
