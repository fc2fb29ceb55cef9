import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { CustomerUserView } from "@/components/admin/customer-users/view/customer-user-view";
import { getSetting } from "@/lib/config/settings";
import { parseViewTab } from "@/lib/customer-users/tabs";
import { getCustomerUserView } from "@/lib/customer-users/view";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { parseSectionState } from "@/lib/oauth-applications/params";

export const metadata: Metadata = { title: "Customer user" };

export default async function CustomerUserPage({ params, searchParams }: PageProps<"/admin/customer-users/[id]">) {
  const staff = await requireStaffPage("customers/customer-user/view");
  const [{ id }, raw] = await Promise.all([params, searchParams]);
  const [user, mode] = await Promise.all([getCustomerUserView(id, staff.can), getSetting("quickActionMode")]);
  if (!user) notFound();
  const { tab, page } = parseViewTab(raw, staff.can);
  return (
    <CustomerUserView
      user={user}
      staff={staff}
      tab={tab}
      page={page}
      mode={mode}
      applications={parseSectionState(raw)}
      notice={typeof raw.notice === "string" ? raw.notice : undefined}
    />
  );
}
