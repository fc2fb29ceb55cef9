import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { GridTable } from "@/components/ui/grid-table";
import { Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";
import type { StaffSession } from "@/lib/identity/staff-session";
import { gridHref } from "@/lib/grid/params";
import { logEndReason, logStatus, type LogListParams } from "@/lib/impersonation/log-params";
import { listImpersonationLog } from "@/lib/impersonation/log";
import { EndSessionButton } from "./end-session-button";
import { LogFilterForm } from "./log-filter-form";
import { formatDateTime } from "@/lib/i18n/dates";

const BASE = "/admin/impersonation";
const cell = "px-3 py-2 align-top";
// days are filtered in UTC, so times are shown in UTC too, as on the audit log
const COLUMNS = ["staff", "customer", "website", "purpose", "reason", "status", "endedAt", "endReason", "ip", "userAgent", "actions"] as const;

/**
 * Who signed in as whom, why and for how long; supervisors end live sessions from here. Who and
 * whom are staff users and customer users: columns only for viewers who may view those.
 */
export async function ImpersonationLogGrid({ staff, params }: { staff: StaffSession; params: LogListParams }) {
  const now = new Date();
  const [t, locale, { rows, total }] = await Promise.all([getTranslations("impersonation.log"), getLocale(), listImpersonationLog(params, staff.can, now)]);
  const people = { staff: staff.can("users/user/view"), customer: staff.can("customers/customer-user/view") };
  const columns = COLUMNS.filter((c) => c !== "staff" && c !== "customer" ? true : people[c]);
  const canEnd = staff.can("customers/impersonation/end");
  const canSeeAudit = staff.can("users/audit/view");
  const time = (d: Date | null) => (d ? <time dateTime={d.toISOString()}>{formatDateTime(d, locale)}</time> : "—");
  return (
    <section>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <LogFilterForm base={BASE} params={params} people={people} />
      <GridTable
        testId="impersonation-log" columns={columns.length + 1} empty={rows.length === 0 ? t("empty") : null}
        head={
          <tr>
            <SortHeader label={t("columns.createdAt")} active dir={params.dir} href={gridHref(BASE, params, { dir: params.dir === "desc" ? "asc" : "desc", page: 1 })} />
            {columns.map((c) => <th key={c} scope="col" className="whitespace-nowrap px-3 py-2 text-left font-semibold">{t(`columns.${c}`)}</th>)}
          </tr>
        }
      >
        {rows.map((r) => {
          const status = logStatus(r, now);
          const endReason = logEndReason(r, now);
          const ua = r.userAgent ?? "";
          return (
            <tr key={r.id} className="border-b border-slate-100 last:border-0" data-testid="log-row">
              <td className={`${cell} whitespace-nowrap`}>{time(r.createdAt)}</td>
              {r.staffUser && <td className={cell} data-testid="log-staff">{r.staffUser.email}</td>}
              {r.customerEmail !== null && (
                <td className={cell} data-testid="log-customer">
                  {r.customerUserId ? <Link className="underline" href={`/admin/customer-users/${r.customerUserId}`}>{r.customerEmail}</Link> : r.customerEmail}
                </td>
              )}
              <td className={cell}>{r.website.name}</td>
              <td className={cell}>{t(`purpose.${r.purpose}`)}</td>
              <td className={`${cell} max-w-64 break-words`} data-testid="log-reason">{r.reason}</td>
              <td className={cell} data-testid="log-status">{t(`status.${status}`)}</td>
              <td className={`${cell} whitespace-nowrap`}>{time(r.endedAt ?? (status === "ended" ? r.expiresAt : null))}</td>
              <td className={cell} data-testid="log-end-reason">{endReason ? t(`endReason.${endReason}`) : "—"}</td>
              <td className={`${cell} whitespace-nowrap`}>{r.ip ?? "—"}</td>
              <td className={cell} title={ua || undefined}>{ua ? (ua.length > 40 ? `${ua.slice(0, 40)}…` : ua) : "—"}</td>
              <td className={`${cell} space-y-1`}>
                {canSeeAudit && <Link className="block underline" data-testid="log-audit" href={`/admin/audit-log?session=${encodeURIComponent(r.id)}`}>{t("auditEntries")}</Link>}
                {canEnd && status === "live" && <EndSessionButton sessionId={r.id} own={false} />}
              </td>
            </tr>
          );
        })}
      </GridTable>
      <Pagination page={params.page} size={params.size} total={total} href={(change) => gridHref(BASE, params, change)} />
    </section>
  );
}
