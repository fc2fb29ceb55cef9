import type { GridColumn } from "@/components/ui/admin-grid";
import { formatDate, formatDateTime } from "@/lib/i18n/dates";
import { expiryInput, type ApplicationRow } from "@/lib/oauth-applications/list";
import type { ApplicationSort } from "@/lib/oauth-applications/params";
import { isApiScope } from "@/lib/oauth/scopes";

const STATUS_TONE = { active: "text-green-800", inactive: "text-slate-600", expired: "text-amber-800" } as const;

/** The columns both application grids share: name, status, scopes, created, expires, last used (time and IP). */
export function applicationColumns<R extends ApplicationRow>(
  t: (key: string) => string,
  locale: string,
  sortable: boolean,
): GridColumn<R, ApplicationSort>[] {
  const sort = (key: ApplicationSort) => (sortable ? key : undefined);
  return [
    { key: "name", sort: sort("name"), testId: "oauth-name", cell: (r) => r.name },
    {
      key: "status",
      testId: "oauth-status",
      cell: (r) => <span className={STATUS_TONE[r.status]}>{t(`status.${r.status}`)}</span>,
    },
    {
      key: "scopes",
      cell: (r) => (r.scopes.length ? <span className="text-xs">{r.scopes.join(", ")}</span> : "—"),
    },
    {
      key: "createdAt",
      sort: sort("createdAt"),
      className: "whitespace-nowrap",
      cell: (r) => <time dateTime={r.createdAt.toISOString()}>{formatDate(r.createdAt, locale)}</time>,
    },
    {
      key: "expiresAt",
      sort: sort("expiresAt"),
      className: "whitespace-nowrap",
      cell: (r) => (r.expiresAt ? formatDate(r.expiresAt, locale) : t("never")),
    },
    {
      key: "lastUsedAt",
      sort: sort("lastUsedAt"),
      testId: "oauth-last-used",
      cell: (r) =>
        r.lastUsedAt ? (
          <>
            <time dateTime={r.lastUsedAt.toISOString()}>{formatDateTime(r.lastUsedAt, locale)}</time>
            {r.lastUsedIp && <span className="block text-xs text-slate-600">{r.lastUsedIp}</span>}
          </>
        ) : (
          t("neverUsed")
        ),
    },
  ];
}

/** What the row menu's edit form starts from. */
export const menuApplication = (r: ApplicationRow) => ({
  id: r.id,
  name: r.name,
  active: r.active,
  values: {
    name: r.name,
    active: r.active,
    scopes: r.scopes.filter(isApiScope),
    expiresOn: expiryInput(r.expiresAt),
    rateLimitPerSecond: r.rateLimitPerSecond,
    rateLimitBurst: r.rateLimitBurst,
  },
});
