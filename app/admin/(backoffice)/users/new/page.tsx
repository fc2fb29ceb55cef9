import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { deniedPickers } from "@/components/admin/no-access";
import { UserForm } from "@/components/admin/users/user-form";
import { env } from "@/lib/env";
import { availableLocales } from "@/lib/i18n/catalogs";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { listGroupOptions } from "@/lib/staff-users/service";

export const metadata: Metadata = { title: "Create user" };

export default async function NewUserPage() {
  const staff = await requireStaffPage("users/user/create");
  const denied = await deniedPickers(staff.can, { groups: ["users/group/view", "groups"] });
  const [t, groups] = await Promise.all([getTranslations("users"), denied.groups ? [] : listGroupOptions(staff.rules)]);
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">{t("createTitle")}</h1>
      <UserForm
        mode="create"
        groups={groups}
        deniedGroups={denied.groups}
        passwordMinLength={env.STAFF_PASSWORD_MIN_LENGTH}
        locales={availableLocales()}
        defaults={{
          email: "",
          password: "",
          repeatPassword: "",
          firstName: "",
          lastName: "",
          groupIds: [],
          isAgent: false,
          locale: staff.locale,
          status: "ACTIVE",
        }}
      />
    </section>
  );
}
