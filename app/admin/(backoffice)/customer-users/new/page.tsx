import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { CustomerUserForm } from "@/components/admin/customer-users/form/customer-user-form";
import { customerUserPickers } from "@/components/admin/customer-users/form/pickers";
import { assignableRoles, websiteOptions } from "@/lib/customer-users/form-data";
import type { CustomerUserFormInput } from "@/lib/customer-users/schema";
import { customerPasswordRules } from "@/lib/identity/shop-password-rules";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { policyHint } from "@/lib/shop-account/policy-hint";

export const metadata: Metadata = { title: "Create customer user" };

export default async function NewCustomerUserPage() {
  const staff = await requireStaffPage("customers/customer-user/create");
  const [t, shop, websites, denied, rules] = await Promise.all([
    getTranslations("customerUsers"),
    getTranslations("shop"),
    websiteOptions(),
    customerUserPickers(staff.can),
    customerPasswordRules(),
  ]);
  const roles = denied.customerRoles ? [] : await assignableRoles(null);
  const defaults: CustomerUserFormInput = {
    enabled: true,
    namePrefix: "",
    firstName: "",
    middleName: "",
    lastName: "",
    nameSuffix: "",
    email: "",
    birthday: "",
    phone: "",
    companyMode: "existing",
    companyId: "",
    newCompanyName: "",
    newCompanyParentId: "",
    salesRepId: "",
    websiteId: websites[0]?.id ?? "",
    preferredLocalizationId: "",
    roleIds: [],
    addresses: [],
    generatePassword: true,
    password: "",
    repeatPassword: "",
    sendWelcomeEmail: true,
  };
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">{t("createTitle")}</h1>
      <CustomerUserForm
        mode="create"
        defaults={defaults}
        labels={{ company: "", salesRep: "" }}
        websites={websites}
        roles={roles}
        denied={denied}
        passwordHint={policyHint(shop, rules)}
      />
    </section>
  );
}
