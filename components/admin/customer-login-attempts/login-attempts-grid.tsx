import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { AdminGrid } from "@/components/ui/admin-grid";
import type { LoginAttemptListParams } from "@/lib/customer-login-attempts/params";
import { listLoginAttempts, websiteOptions } from "@/lib/customer-login-attempts/service";
import { formatDateTime } from "@/lib/i18n/dates";
import type { StaffSession } from "@/lib/identity/staff-session";

import { LoginAttemptsFilter } from "./login-attempts-filter";

const BASE = "/admin/customer-login-attempts";
// days are filtered in UTC, so times are shown in UTC too, and say so

/** Storefront sign-in attempts, newest first: the back office's view of who tried to get in, and how. */
export async function LoginAttemptsGrid({ staff, params }: { staff: StaffSession; params: LoginAttemptListParams }) {
  const [t, locale, { rows, total }, websites] = await Promise.all([
    getTranslations("loginAttempts"),
    getLocale(),
    listLoginAttempts(params, staff.can),
    websiteOptions(),
  ]);
  return (
    <AdminGrid
      t={t}
      base={BASE}
      params={params}
      total={total}
      rows={rows}
      testId="login-attempts-table"
      rowTestId="login-attempt-row"
      filters={<LoginAttemptsFilter base={BASE} params={params} websites={websites} />}
      layout="log"
      columns={[
        {
          key: "at",
          sort: "at",
          className: "whitespace-nowrap",
          cell: (r) => <time dateTime={r.at.toISOString()}>{formatDateTime(r.at, locale)}</time>,
        },
        { key: "email", cell: (r) => r.email ?? "—" },
        {
          key: "customerUser",
          cell: (r) =>
            r.customerUser ? (
              <Link className="underline" href={`/admin/customer-users/${r.customerUser.id}`}>
                {r.customerUser.name}
              </Link>
            ) : (
              "—"
            ),
        },
        { key: "website", cell: (r) => r.website },
        {
          key: "result",
          cell: (r) => t(r.success ? "result.success" : "result.failure"),
          testId: "login-attempt-result",
        },
        { key: "source", cell: (r) => t(`source.${r.source}`) },
        { key: "ip", className: "whitespace-nowrap", cell: (r) => r.ip ?? "—" },
      ]}
    />
  );
}
