import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { AssignedCustomersLink } from "@/components/admin/customer-assignment/assigned-customers-link";
import { deniedPickers } from "@/components/admin/no-access";
import { UserForm } from "@/components/admin/users/user-form";
import { ButtonLink } from "@/components/ui/button";
import { env } from "@/lib/env";
import { availableLocales, isAvailableLocale } from "@/lib/i18n/catalogs";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { getUser, listGroupOptions } from "@/lib/staff-users/service";

export const metadata: Metadata = { title: "Edit user" };

export default async function EditUserPage({ params }: PageProps<"/admin/users/[id]/edit">) {
  const staff = await requireStaffPage("users/user/edit", "users/user/view");
  const { id } = await params;
  const denied = await deniedPickers(staff.can, { groups: ["users/group/view", "groups"] });
  const [t, user, groups] = await Promise.all([
    getTranslations("users"),
    getUser(id),
    denied.groups ? [] : listGroupOptions(staff.rules),
  ]);
  if (!user) notFound();
  return (
    <section>
      <div className="mb-4 flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t("editTitle", { email: user.email })}</h1>
        {staff.can("users/user/create") && <ButtonLink href="/admin/users/new">{t("addUser")}</ButtonLink>}
      </div>
      {staff.can("users/customer-assignment/view") && user.status !== "DELETED" && (
        <AssignedCustomersLink staffUserId={user.id} />
      )}
      <UserForm
        mode="edit"
        userId={user.id}
        groups={groups}
        ownAccount={user.id === staff.id}
        deniedGroups={denied.groups}
        passwordMinLength={env.STAFF_PASSWORD_MIN_LENGTH}
        locales={availableLocales()}
        defaults={{
          email: user.email,
          password: "",
          repeatPassword: "",
          firstName: user.firstName,
          lastName: user.lastName,
          groupIds: user.groupIds,
          isAgent: user.isAgent,
          locale: isAvailableLocale(user.locale) ? user.locale : DEFAULT_LOCALE,
          status: user.status,
        }}
      />
    </section>
  );
}
