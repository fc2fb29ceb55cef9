import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmailStatusBadge } from "@/components/admin/mail/email-status";
import { listEmails, listImpersonations, listNotes } from "@/lib/customer-users/activity";
import { TIME } from "./general-info";
import { NoteForm } from "./note-form";
import { TabPager } from "./tab-pager";
import { TabTable } from "./tab-table";

/**
 * The communication with the user: mail sent to them, notes staff left and the times staff signed
 * in as them. The lists page together, newest first; a subject links to the mailbox only for those
 * who may read mail.
 */
export async function ActivityPanel({ id, page, canReadMail, canAddNote }: { id: string; page: number; canReadMail: boolean; canAddNote: boolean }) {
  const [t, tm, ti, format, emails, notes, sessions] = await Promise.all([
    getTranslations("customerUserView"), getTranslations("mail"), getTranslations("impersonation.log"), getFormatter(),
    listEmails(id, page), listNotes(id, page), listImpersonations(id, page),
  ]);
  const time = (d: Date | null) => (d ? format.dateTime(d, TIME) : "—");
  return (
    <div className="space-y-6">
      <div>
        <h3 className="text-base font-semibold">{t("activity.emails")}</h3>
        <TabTable
          testId="emails" empty={t("empty.emails")}
          headers={[t("columns.subject"), t("columns.status"), t("columns.createdAt")]}
          rows={emails.rows.map((m) => ({
            key: m.id,
            cells: [
              canReadMail ? <Link key="s" className="underline" href={`/admin/mailbox/${m.id}`}>{m.subject}</Link> : m.subject,
              <EmailStatusBadge key="b" status={m.status} label={tm(`status.${m.status}`)} />,
              format.dateTime(m.createdAt, TIME),
            ],
          }))}
        />
      </div>
      <div>
        <h3 className="text-base font-semibold">{t("activity.notes")}</h3>
        {notes.rows.length === 0 && <p className="mt-2 text-sm text-slate-500" data-testid="notes-empty">{t("empty.notes")}</p>}
        <ul className="mt-2 space-y-3">
          {notes.rows.map((n) => (
            <li key={n.id} className="rounded-md bg-white p-4 text-sm shadow" data-testid="note">
              <p className="text-xs text-slate-600">
                <span data-testid="note-author">{n.author ? `${n.author.firstName} ${n.author.lastName}` : t("activity.formerStaff")}</span> · {format.dateTime(n.createdAt, TIME)}
              </p>
              <p className="mt-1 whitespace-pre-wrap" data-testid="note-body">{n.body}</p>
            </li>
          ))}
        </ul>
        {canAddNote && <div className="mt-4 rounded-lg bg-white p-4 shadow"><NoteForm customerUserId={id} /></div>}
      </div>
      <div>
        <h3 className="text-base font-semibold">{t("activity.impersonations")}</h3>
        <TabTable
          testId="impersonations" empty={t("empty.impersonations")}
          headers={[ti("columns.staff"), ti("columns.purpose"), ti("columns.reason"), ti("columns.startedAt"), ti("columns.endedAt")]}
          rows={sessions.rows.map((s) => ({
            key: s.id,
            cells: [
              `${s.staffUser.firstName} ${s.staffUser.lastName} (${s.staffUser.email})`,
              ti(`purpose.${s.purpose}`),
              s.reason,
              time(s.startedAt),
              time(s.endedAt ?? (s.expiresAt <= new Date() ? s.expiresAt : null)),
            ],
          }))}
        />
      </div>
      <TabPager id={id} tab="activity" page={page} total={Math.max(emails.total, notes.total, sessions.total)} />
    </div>
  );
}
