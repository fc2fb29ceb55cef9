import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { ConfirmDeleteButton } from "@/components/admin/confirm-delete-button";
import { ButtonLink } from "@/components/ui/button";
import { customerUserDeleteSummary } from "@/lib/customer-users/form-data";
import { deleteCustomerUserAction } from "@/lib/customer-users/staff-actions";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Delete customer user" };

/** Deleting is final: the page says what goes with the account and what stays with the company. */
export default async function DeleteCustomerUserPage({ params }: PageProps<"/admin/customer-users/[id]/delete">) {
  await requireStaffPage("customers/customer-user/delete", "customers/customer-user/view");
  const { id } = await params;
  const [t, tc, user] = await Promise.all([
    getTranslations("customerUsers.delete"),
    getTranslations("common"),
    customerUserDeleteSummary(id),
  ]);
  if (!user) notFound();
  return (
    <section className="max-w-xl rounded-lg bg-white p-6 shadow">
      <h1 className="text-2xl font-semibold text-red-800">{t("title")}</h1>
      <p className="mt-4 font-medium">{t("question", { name: user.name, email: user.email })}</p>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-slate-700">
        <li>{t("removed", { addresses: user.addresses, lists: user.shoppingLists })}</li>
        <li>{t("kept", { orders: user.orders, quotes: user.quotes })}</li>
      </ul>
      <div className="mt-6 flex gap-3">
        <ConfirmDeleteButton action={deleteCustomerUserAction} input={{ id }} label={t("confirm")} />
        <ButtonLink variant="secondary" href={`/admin/customer-users/${id}`}>
          {tc("cancel")}
        </ButtonLink>
      </div>
    </section>
  );
}
