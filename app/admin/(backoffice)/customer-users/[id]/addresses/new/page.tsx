import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { AddressForm } from "@/components/admin/customer-users/view/address-form";
import { getCustomerUserHeader } from "@/lib/customer-users/view";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "New address" };

export default async function NewAddressPage({ params }: PageProps<"/admin/customer-users/[id]/addresses/new">) {
  const staff = await requireStaffPage("customers/customer-user/edit", "customers/customer-user/view");
  const [t, user] = await Promise.all([
    getTranslations("customerUserView"),
    getCustomerUserHeader((await params).id, staff.can),
  ]);
  if (!user) notFound();
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">{t("quick.addressTitle", { name: user.fullName })}</h1>
      <AddressForm customerUserId={user.id} />
    </section>
  );
}
