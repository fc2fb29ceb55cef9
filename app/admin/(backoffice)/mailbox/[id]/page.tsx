import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { EmailView } from "@/components/admin/mail/email-view";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { getEmail } from "@/lib/mail/service";

export const metadata: Metadata = { title: "E-mail message" };

export default async function EmailMessagePage({ params }: PageProps<"/admin/mailbox/[id]">) {
  const staff = await requireStaffPage("system/mail/view");
  const message = await getEmail((await params).id);
  if (!message) notFound();
  return <EmailView message={message} canReveal={staff.can("system/mail/reveal")} />;
}
