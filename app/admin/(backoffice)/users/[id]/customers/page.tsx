import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { AssignmentPage } from "@/components/admin/customer-assignment/assignment-page";
import { parseAssignmentView } from "@/lib/customer-assignment/params";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { getUser } from "@/lib/staff-users/service";

export const metadata: Metadata = { title: "Assign customers" };

export default async function UserCustomersPage({ params, searchParams }: PageProps<"/admin/users/[id]/customers">) {
  const staff = await requireStaffPage("users/customer-assignment/view");
  const [{ id }, raw] = await Promise.all([params, searchParams]);
  const user = await getUser(id);
  if (!user || user.status === "DELETED") notFound();
  return (
    <AssignmentPage
      staff={staff}
      user={user}
      view={parseAssignmentView(raw)}
      notice={typeof raw.notice === "string" ? raw.notice : undefined}
    />
  );
}
