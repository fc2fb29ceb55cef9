import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { EmailStatusBadge } from "@/components/admin/mail/email-status";
import { NoAccess } from "@/components/admin/no-access";
import type { Sees } from "@/lib/acl/visibility";
import { listEmails, listImpersonations, listNotes } from "@/lib/customer-users/activity";
import { formatDateTime } from "@/lib/i18n/dates";

import { NoteForm } from "./note-form";
import { TabPager } from "./tab-pager";
import { TabTable } from "./tab-table";

const none = { rows: [], total: 0 };

/**
 * The communication with the user: mail sent to them, notes staff left and the times staff signed
 * in as them. The lists page together, newest first. Mail is the mailbox's and the sessions the
 * impersonation log's: each list is read only for those who may view its resource, and the staff
 * users named (authors, who signed in) only for those who may view staff users.
 */
export async function ActivityPanel({
  id,
  page,
  sees,
  canAddNote,
}: {
  id: string;
  page: number;
  sees: Sees;
  canAddNote: boolean;
}) {
  const canReadMail = sees("system/mail/view");
  const canSeeSessions = sees("customers/impersonation/view");
  const canSeeStaff = sees("users/user/view");
  const [t, tm, ti, locale, emails, notes, sessions] = await Promise.all([
    getTranslations("customerUserView"),
    getTranslations("mail"),
    getTranslations("impersonation.log"),
    getLocale(),
    canReadMail ? listEmails(id, page) : none,
    listNotes(id, page, sees),
    canSeeSessions ? listImpersonations(id, page, sees) : none,
  ]);
  const time = (d: Date | null) => (d ? formatDateTime(d, locale) : "—");
  return (
    <div className="space-y-6">
      <div>
        <h3 className="text-base font-semibold">{t("activity.emails")}</h3>
        {canReadMail ? (
          <TabTable
            testId="emails"
            empty={t("empty.emails")}
            headers={[t("columns.subject"), t("columns.status"), t("columns.createdAt")]}
            rows={emails.rows.map((m) => ({
              key: m.id,
              cells: [
                <Link key="s" className="underline" href={`/admin/mailbox/${m.id}`}>
                  {m.subject}
                </Link>,
                <EmailStatusBadge key="b" status={m.status} label={tm(`status.${m.status}`)} />,
                formatDateTime(m.createdAt, locale),
              ],
            }))}
          />
        ) : (
          <NoAccess to="mail" />
        )}
      </div>
      <div>
        <h3 className="text-base font-semibold">{t("activity.notes")}</h3>
        {notes.rows.length === 0 && (
          <p className="mt-2 text-sm text-slate-600" data-testid="notes-empty">
            {t("empty.notes")}
          </p>
        )}
        <ul className="mt-2 space-y-3">
          {notes.rows.map((n) => (
            <li key={n.id} className="rounded-md bg-white p-4 text-sm shadow" data-testid="note">
              <p className="text-xs text-slate-600">
                {canSeeStaff && (
                  <>
                    <span data-testid="note-author">
                      {n.author ? `${n.author.firstName} ${n.author.lastName}` : t("activity.formerStaff")}
                    </span>{" "}
                    ·{" "}
                  </>
                )}
                {formatDateTime(n.createdAt, locale)}
              </p>
              <p className="mt-1 whitespace-pre-wrap" data-testid="note-body">
                {n.body}
              </p>
            </li>
          ))}
        </ul>
        {canAddNote && (
          <div className="mt-4 rounded-lg bg-white p-4 shadow">
            <NoteForm customerUserId={id} />
          </div>
        )}
      </div>
      <div>
        <h3 className="text-base font-semibold">{t("activity.impersonations")}</h3>
        {canSeeSessions ? (
          <TabTable
            testId="impersonations"
            empty={t("empty.impersonations")}
            headers={[
              ...(canSeeStaff ? [ti("columns.staff")] : []),
              ti("columns.purpose"),
              ti("columns.reason"),
              ti("columns.startedAt"),
              ti("columns.endedAt"),
            ]}
            rows={sessions.rows.map((s) => ({
              key: s.id,
              cells: [
                ...(s.staffUser ? [`${s.staffUser.firstName} ${s.staffUser.lastName} (${s.staffUser.email})`] : []),
                ti(`purpose.${s.purpose}`),
                s.reason,
                time(s.startedAt),
                time(s.endedAt ?? (s.expiresAt <= new Date() ? s.expiresAt : null)),
              ],
            }))}
          />
        ) : (
          <NoAccess to="impersonations" />
        )}
      </div>
      <TabPager id={id} tab="activity" page={page} total={Math.max(emails.total, notes.total, sessions.total)} />
    </div>
  );
}
