import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { NewDocument } from "@/components/admin/orders/new-document";
import { getCustomerUserHeader } from "@/lib/customer-users/view";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "New order" };

export default async function NewOrderPage({ params }: PageProps<"/admin/customer-users/[id]/orders/new">) {
  const staff = await requireStaffPage("sales/order/create", "customers/customer-user/view");
  const [t, user] = await Promise.all([
    getTranslations("customerUserView"),
    getCustomerUserHeader((await params).id, staff.can),
  ]);
  if (!user) notFound();
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">
        {user.company === null
          ? t("quick.orderTitleNoCompany", { name: user.fullName })
          : t("quick.orderTitle", { name: user.fullName, company: user.company })}
      </h1>
      <NewDocument kind="order" customerUserId={user.id} staff={staff} />
    </section>
  );
}
