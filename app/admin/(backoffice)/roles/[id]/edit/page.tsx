import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";

import { RoleForm } from "@/components/admin/roles/role-form";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { getRole } from "@/lib/staff-roles/service";

export const metadata: Metadata = { title: "Edit role" };

export default async function EditRolePage({ params }: PageProps<"/admin/roles/[id]/edit">) {
  const staff = await requireStaffPage("users/role/edit", "users/role/view");
  const { id } = await params;
  const [t, role] = await Promise.all([getTranslations("roles"), getRole(id, staff.can)]);
  if (!role) notFound();
  const canEditGroups = staff.can("users/group/edit");
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">{t("editTitle", { name: role.name })}</h1>
      <RoleForm mode="edit" roleId={role.id} defaults={{ name: role.name, rules: role.rules }} />
      {role.groups && role.groups.length > 0 && (
        <p className="mt-4 text-sm text-slate-700" data-testid="role-used-by">
          {t("usedBy")}:{" "}
          {role.groups.map((g, i) => (
            <span key={g.id}>
              {i > 0 && ", "}
              {canEditGroups ? (
                <Link className="underline" href={`/admin/groups/${g.id}/edit`}>
                  {g.name}
                </Link>
              ) : (
                g.name
              )}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
