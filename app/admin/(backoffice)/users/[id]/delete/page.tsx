import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { ConfirmDeleteButton } from "@/components/admin/confirm-delete-button";
import { ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { getUser } from "@/lib/staff-users/service";
import { deleteUserAction } from "@/lib/staff-users/staff-actions";

export const metadata: Metadata = { title: "Delete user" };

/** Spryker's warning page: deleting asks once more and says what deletion means. */
export default async function DeleteUserPage({ params }: PageProps<"/admin/users/[id]/delete">) {
  await requireStaffPage("users/user/delete", "users/user/view");
  const { id } = await params;
  const [t, tc, user] = await Promise.all([getTranslations("users.delete"), getTranslations("common"), getUser(id)]);
  if (!user) notFound();
  return (
    <section className="max-w-xl rounded-lg bg-white p-6 shadow">
      <h1 className="text-2xl font-semibold text-red-800">{t("title")}</h1>
      {user.status === "DELETED" ? (
        <div className="mt-4">
          <Notice>{t("alreadyDeleted")}</Notice>
        </div>
      ) : (
        <>
          <p className="mt-4 font-medium">
            {t("question", { name: `${user.firstName} ${user.lastName}`, email: user.email })}
          </p>
          <p className="mt-2 text-sm text-slate-700">{t("explanation")}</p>
          <div className="mt-6 flex gap-3">
            <ConfirmDeleteButton action={deleteUserAction} input={{ id: user.id }} label={t("confirm")} />
            <ButtonLink variant="secondary" href="/admin/users">
              {tc("cancel")}
            </ButtonLink>
          </div>
        </>
      )}
    </section>
  );
}
