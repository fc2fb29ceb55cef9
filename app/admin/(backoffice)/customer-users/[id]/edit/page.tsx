import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { CustomerUserForm } from "@/components/admin/customer-users/form/customer-user-form";
import { customerUserPickers } from "@/components/admin/customer-users/form/pickers";
import { assignableRoles, customerUserForEdit, websiteOptions } from "@/lib/customer-users/form-data";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Edit customer user" };

export default async function EditCustomerUserPage({ params }: PageProps<"/admin/customer-users/[id]/edit">) {
  const staff = await requireStaffPage("customers/customer-user/edit", "customers/customer-user/view");
  const { id } = await params;
  const [t, user, websites, denied] = await Promise.all([
    getTranslations("customerUsers"),
    customerUserForEdit(id, staff.can),
    websiteOptions(),
    customerUserPickers(staff.can),
  ]);
  if (!user) notFound();
  const roles = denied.customerRoles ? [] : await assignableRoles(user.defaults.companyId ?? null);
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">{t("editTitle", { name: user.name })}</h1>
      <CustomerUserForm
        mode="edit"
        userId={id}
        defaults={user.defaults}
        labels={{ company: user.companyLabel ?? "", salesRep: user.salesRepLabel ?? "" }}
        websites={websites}
        roles={roles}
        denied={denied}
      />
    </section>
  );
}
