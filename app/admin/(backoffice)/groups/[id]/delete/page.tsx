import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { ConfirmDeleteButton } from "@/components/admin/confirm-delete-button";
import { ButtonLink } from "@/components/ui/button";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { getGroup } from "@/lib/staff-groups/service";
import { deleteGroupAction } from "@/lib/staff-groups/staff-actions";

export const metadata: Metadata = { title: "Delete group" };

/** Spryker's warning page: says how many users leave the group before the person confirms. */
export default async function DeleteGroupPage({ params }: PageProps<"/admin/groups/[id]/delete">) {
  await requireStaffPage("users/group/delete", "users/group/view");
  const { id } = await params;
  const [t, tc, group] = await Promise.all([getTranslations("groups.delete"), getTranslations("common"), getGroup(id)]);
  if (!group) notFound();
  const count = group.userCount;
  return (
    <section className="max-w-xl rounded-lg bg-white p-6 shadow">
      <h1 className="text-2xl font-semibold text-red-800">{t("title")}</h1>
      <p className="mt-4 font-medium">{t("question", { name: group.name })}</p>
      <p className="mt-2 text-sm text-slate-700" data-testid="usage">
        {count > 0 ? t("inUse", { count }) : t("unused")}
      </p>
      <div className="mt-6 flex gap-3">
        <ConfirmDeleteButton
          action={deleteGroupAction}
          input={{ id: group.id, acknowledgedUsers: count }}
          label={t("confirm")}
        />
        <ButtonLink variant="secondary" href="/admin/groups">
          {tc("cancel")}
        </ButtonLink>
      </div>
    </section>
  );
}
