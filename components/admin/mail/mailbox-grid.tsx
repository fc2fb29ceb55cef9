import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { AdminGrid } from "@/components/ui/admin-grid";
import { formatDateTime } from "@/lib/i18n/dates";
import type { MailboxParams } from "@/lib/mail/params";
import { listEmails } from "@/lib/mail/service";

import { EmailStatusBadge } from "./email-status";

const BASE = "/admin/mailbox";

export async function MailboxGrid({ params }: { params: MailboxParams }) {
  const [t, locale, { rows, total }] = await Promise.all([getTranslations("mail"), getLocale(), listEmails(params)]);
  return (
    <AdminGrid
      t={t}
      base={BASE}
      params={params}
      total={total}
      rows={rows}
      testId="mailbox-table"
      rowTestId="mail-row"
      intro={t("intro")}
      search
      layout="log"
      columns={[
        {
          key: "createdAt",
          sort: "createdAt",
          className: "whitespace-nowrap",
          cell: (m) => <time dateTime={m.createdAt.toISOString()}>{formatDateTime(m.createdAt, locale)}</time>,
        },
        { key: "to", cell: (m) => m.to, testId: "mail-to" },
        {
          key: "subject",
          cell: (m) => (
            <Link className="underline" href={`${BASE}/${m.id}`}>
              {m.subject}
            </Link>
          ),
        },
        { key: "status", cell: (m) => <EmailStatusBadge status={m.status} label={t(`status.${m.status}`)} /> },
      ]}
    />
  );
}
