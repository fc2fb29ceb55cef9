import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { CustomerRoleForm } from "@/components/admin/customer-roles/customer-role-form";
import { deniedPickers } from "@/components/admin/no-access";
import { fullMatrix } from "@/lib/customer-roles/schema";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Create customer user role" };

export default async function NewCustomerRolePage() {
  const staff = await requireStaffPage("customers/customer-role/create");
  const [t, denied] = await Promise.all([
    getTranslations("customerRoles"),
    deniedPickers(staff.can, { companies: ["customers/company/view", "companies"] }),
  ]);
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">{t("createTitle")}</h1>
      <CustomerRoleForm
        mode="create"
        companyLabel=""
        deniedCompanies={denied.companies}
        defaults={{
          name: "",
          owner: "predefined",
          companyId: "",
          selfManaged: false,
          permissions: fullMatrix([]),
          capabilities: [],
        }}
      />
    </section>
  );
}
