import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { CustomerRoleForm } from "@/components/admin/customer-roles/customer-role-form";
import { deniedPickers } from "@/components/admin/no-access";
import { Notice } from "@/components/ui/notice";
import { fullMatrix } from "@/lib/customer-roles/schema";
import { getCustomerRole } from "@/lib/customer-roles/service";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Customer user role" };

/** Those who may view but not edit storefront roles get the same form, read-only. */
export default async function EditCustomerRolePage({ params }: PageProps<"/admin/customer-roles/[id]/edit">) {
  const staff = await requireStaffPage("customers/customer-role/view");
  const { id } = await params;
  const [t, role, denied] = await Promise.all([
    getTranslations("customerRoles"),
    getCustomerRole(id, staff.can),
    deniedPickers(staff.can, { companies: ["customers/company/view", "companies"] }),
  ]);
  if (!role) notFound();
  const canEdit = staff.can("customers/customer-role/edit");
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">{t(canEdit ? "editTitle" : "viewTitle", { name: role.name })}</h1>
      {!canEdit && (
        <div className="mb-4 max-w-6xl">
          <Notice>{t("readOnly")}</Notice>
        </div>
      )}
      <CustomerRoleForm
        mode={canEdit ? "edit" : "view"}
        roleId={role.id}
        companyLabel={role.companyLabel}
        deniedCompanies={denied.companies}
        defaults={{
          name: role.name,
          owner: role.companyId ? "company" : "predefined",
          companyId: role.companyId ?? "",
          selfManaged: role.selfManaged,
          permissions: fullMatrix(role.permissions),
          capabilities: role.capabilities,
        }}
      />
      <p className="mt-4 text-sm text-slate-700" data-testid="role-used-by">
        {t("form.usedBy", { count: role.userCount })}
      </p>
    </section>
  );
}
