import type { Metadata } from "next";

import { MailboxGrid } from "@/components/admin/mail/mailbox-grid";
import { parseGridParams } from "@/lib/grid/params";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { MAILBOX_GRID } from "@/lib/mail/params";

export const metadata: Metadata = { title: "Mailbox" };

export default async function MailboxPage({ searchParams }: PageProps<"/admin/mailbox">) {
  await requireStaffPage("system/mail/view");
  return <MailboxGrid params={parseGridParams(await searchParams, MAILBOX_GRID)} />;
}
