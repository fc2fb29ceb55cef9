import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { NewDocument } from "@/components/admin/orders/new-document";
import { getCustomerUserHeader } from "@/lib/customer-users/view";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "New quote" };

export default async function NewQuotePage({ params }: PageProps<"/admin/customer-users/[id]/quotes/new">) {
  const staff = await requireStaffPage("sales/quote/create", "customers/customer-user/view");
  const [t, user] = await Promise.all([
    getTranslations("customerUserView"),
    getCustomerUserHeader((await params).id, staff.can),
  ]);
  if (!user) notFound();
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">
        {user.company === null
          ? t("quick.quoteTitleNoCompany", { name: user.fullName })
          : t("quick.quoteTitle", { name: user.fullName, company: user.company })}
      </h1>
      <NewDocument kind="quote" customerUserId={user.id} staff={staff} />
    </section>
  );
}
