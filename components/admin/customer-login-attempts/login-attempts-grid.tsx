import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { GridTable } from "@/components/ui/grid-table";
import { Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";
import type { StaffSession } from "@/lib/identity/staff-session";
import type { LoginAttemptListParams } from "@/lib/customer-login-attempts/params";
import { listLoginAttempts, websiteOptions } from "@/lib/customer-login-attempts/service";
import { gridHref } from "@/lib/grid/params";
import { LoginAttemptsFilter } from "./login-attempts-filter";
import { formatDateTime } from "@/lib/i18n/dates";

const BASE = "/admin/customer-login-attempts";
const cell = "px-3 py-2 align-top";
// days are filtered in UTC, so times are shown in UTC too, and say so

/** Storefront sign-in attempts, newest first: the back office's view of who tried to get in, and how. */
export async function LoginAttemptsGrid({ staff, params }: { staff: StaffSession; params: LoginAttemptListParams }) {
  const [t, locale, { rows, total }, websites] = await Promise.all([getTranslations("loginAttempts"), getLocale(), listLoginAttempts(params, staff.can), websiteOptions()]);
  return (
    <section>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <LoginAttemptsFilter base={BASE} params={params} websites={websites} />
      <GridTable
        testId="login-attempts-table"
        columns={7}
        empty={rows.length === 0 ? t("empty") : null}
        head={
          <tr>
            <SortHeader label={t("columns.at")} active dir={params.dir} href={gridHref(BASE, params, { dir: params.dir === "desc" ? "asc" : "desc", page: 1 })} />
            {(["email", "customerUser", "website", "result", "source", "ip"] as const).map((c) => (
              <th key={c} scope="col" className="whitespace-nowrap px-3 py-2 text-left font-semibold">{t(`columns.${c}`)}</th>
            ))}
          </tr>
        }
      >
        {rows.map((r) => (
          <tr key={r.id} className="border-b border-slate-100 last:border-0" data-testid="login-attempt-row">
            <td className={`${cell} whitespace-nowrap`}><time dateTime={r.at.toISOString()}>{formatDateTime(r.at, locale)}</time></td>
            <td className={cell}>{r.email ?? "—"}</td>
            <td className={cell}>
              {r.customerUser ? <Link className="underline" href={`/admin/customer-users/${r.customerUser.id}`}>{r.customerUser.name}</Link> : "—"}
            </td>
            <td className={cell}>{r.website}</td>
            <td className={cell} data-testid="login-attempt-result">{t(r.success ? "result.success" : "result.failure")}</td>
            <td className={cell}>{t(`source.${r.source}`)}</td>
            <td className={`${cell} whitespace-nowrap`}>{r.ip ?? "—"}</td>
          </tr>
        ))}
      </GridTable>
      <Pagination page={params.page} size={params.size} total={total} href={(change) => gridHref(BASE, params, change)} />
    </section>
  );
}
