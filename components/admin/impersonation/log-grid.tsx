import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { AdminGrid } from "@/components/ui/admin-grid";
import { formatDateTime } from "@/lib/i18n/dates";
import type { StaffSession } from "@/lib/identity/staff-session";
import { listImpersonationLog, type LogRow } from "@/lib/impersonation/log";
import { logEndReason, logStatus, type LogListParams } from "@/lib/impersonation/log-params";

import { EndSessionButton } from "./end-session-button";
import { LogFilterForm } from "./log-filter-form";

const BASE = "/admin/impersonation";
// days are filtered in UTC, so times are shown in UTC too, as on the audit log

/**
 * Who signed in as whom, why and for how long; supervisors end live sessions from here. Who and
 * whom are staff users and customer users: columns only for viewers who may view those.
 */
export async function ImpersonationLogGrid({ staff, params }: { staff: StaffSession; params: LogListParams }) {
  const now = new Date();
  const [t, locale, { rows, total }] = await Promise.all([
    getTranslations("impersonation.log"),
    getLocale(),
    listImpersonationLog(params, staff.can, now),
  ]);
  const people = { staff: staff.can("users/user/view"), customer: staff.can("customers/customer-user/view") };
  const time = (d: Date | null) => (d ? <time dateTime={d.toISOString()}>{formatDateTime(d, locale)}</time> : "—");
  const ua = (r: LogRow) => r.userAgent ?? "";
  return (
    <AdminGrid
      t={t}
      base={BASE}
      params={params}
      total={total}
      rows={rows}
      testId="impersonation-log"
      rowTestId="log-row"
      filters={<LogFilterForm base={BASE} params={params} people={people} />}
      layout="log"
      columns={[
        { key: "createdAt", sort: "createdAt", className: "whitespace-nowrap", cell: (r) => time(r.createdAt) },
        { key: "staff", show: people.staff, cell: (r) => r.staffUser?.email, testId: "log-staff" },
        {
          key: "customer",
          show: people.customer,
          testId: "log-customer",
          cell: (r) =>
            r.customerUserId ? (
              <Link className="underline" href={`/admin/customer-users/${r.customerUserId}`}>
                {r.customerEmail}
              </Link>
            ) : (
              r.customerEmail
            ),
        },
        { key: "website", cell: (r) => r.website.name },
        { key: "purpose", cell: (r) => t(`purpose.${r.purpose}`) },
        { key: "reason", className: "max-w-64 break-words", cell: (r) => r.reason, testId: "log-reason" },
        { key: "status", cell: (r) => t(`status.${logStatus(r, now)}`), testId: "log-status" },
        {
          key: "endedAt",
          className: "whitespace-nowrap",
          cell: (r) => time(r.endedAt ?? (logStatus(r, now) === "ended" ? r.expiresAt : null)),
        },
        {
          key: "endReason",
          testId: "log-end-reason",
          cell: (r) => {
            const endReason = logEndReason(r, now);
            return endReason ? t(`endReason.${endReason}`) : "—";
          },
        },
        { key: "ip", className: "whitespace-nowrap", cell: (r) => r.ip ?? "—" },
        // the whole user agent is in the cell's title
        {
          key: "userAgent",
          cell: (r) => (
            <span title={ua(r) || undefined}>
              {ua(r) ? (ua(r).length > 40 ? `${ua(r).slice(0, 40)}…` : ua(r)) : "—"}
            </span>
          ),
        },
      ]}
      actions={[
        {
          allowed: staff.can("users/audit/view"),
          render: (r) => (
            <Link
              className="underline"
              data-testid="log-audit"
              href={`/admin/audit-log?session=${encodeURIComponent(r.id)}`}
            >
              {t("auditEntries")}
            </Link>
          ),
        },
        {
          allowed: staff.can("customers/impersonation/end"),
          only: (r: LogRow) => logStatus(r, now) === "live",
          render: (r) => <EndSessionButton sessionId={r.id} own={false} />,
        },
      ]}
    />
  );
}
