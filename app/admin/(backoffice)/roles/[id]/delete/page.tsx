import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { ConfirmDeleteButton } from "@/components/admin/confirm-delete-button";
import { ButtonLink } from "@/components/ui/button";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { getRole } from "@/lib/staff-roles/service";
import { deleteRoleAction } from "@/lib/staff-roles/staff-actions";

export const metadata: Metadata = { title: "Delete role" };

/** Spryker's warning page: says which groups lose the role before the person confirms. */
export default async function DeleteRolePage({ params }: PageProps<"/admin/roles/[id]/delete">) {
  const staff = await requireStaffPage("users/role/delete", "users/role/view");
  const { id } = await params;
  const [t, tc, role] = await Promise.all([
    getTranslations("roles.delete"),
    getTranslations("common"),
    getRole(id, staff.can),
  ]);
  if (!role) notFound();
  const count = role.groupCount;
  return (
    <section className="max-w-xl rounded-lg bg-white p-6 shadow">
      <h1 className="text-2xl font-semibold text-red-800">{t("title")}</h1>
      <p className="mt-4 font-medium">{t("question", { name: role.name })}</p>
      <p className="mt-2 text-sm text-slate-700" data-testid="usage">
        {count > 0 ? t("inUse", { count }) : t("unused")}
      </p>
      {count > 0 && role.groups && (
        <ul className="mt-2 list-disc pl-6 text-sm" data-testid="usage-list">
          {role.groups.map((g) => (
            <li key={g.id}>{g.name}</li>
          ))}
        </ul>
      )}
      <div className="mt-6 flex gap-3">
        <ConfirmDeleteButton
          action={deleteRoleAction}
          input={{ id: role.id, acknowledgedGroups: count }}
          label={t("confirm")}
        />
        <ButtonLink variant="secondary" href="/admin/roles">
          {tc("cancel")}
        </ButtonLink>
      </div>
    </section>
  );
}
