import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { ConfirmDeleteButton } from "@/components/admin/confirm-delete-button";
import { ButtonLink } from "@/components/ui/button";
import { getCustomerRole } from "@/lib/customer-roles/service";
import { deleteCustomerRoleAction } from "@/lib/customer-roles/staff-actions";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Delete customer user role" };

/** The warning page: says how many customer users lose the role before the person confirms. */
export default async function DeleteCustomerRolePage({ params }: PageProps<"/admin/customer-roles/[id]/delete">) {
  const staff = await requireStaffPage("customers/customer-role/delete", "customers/customer-role/view");
  const { id } = await params;
  const [t, tc, role] = await Promise.all([
    getTranslations("customerRoles.delete"),
    getTranslations("common"),
    getCustomerRole(id, staff.can),
  ]);
  if (!role) notFound();
  const count = role.userCount;
  return (
    <section className="max-w-xl rounded-lg bg-white p-6 shadow">
      <h1 className="text-2xl font-semibold text-red-800">{t("title")}</h1>
      <p className="mt-4 font-medium">{t("question", { name: role.name })}</p>
      <p className="mt-2 text-sm text-slate-700" data-testid="usage">
        {count > 0 ? t("inUse", { count }) : t("unused")}
      </p>
      <div className="mt-6 flex gap-3">
        <ConfirmDeleteButton
          action={deleteCustomerRoleAction}
          input={{ id: role.id, acknowledgedUsers: count }}
          label={t("confirm")}
        />
        <ButtonLink variant="secondary" href="/admin/customer-roles">
          {tc("cancel")}
        </ButtonLink>
      </div>
    </section>
  );
}
