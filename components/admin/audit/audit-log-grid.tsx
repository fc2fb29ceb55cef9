import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { GridTable } from "@/components/ui/grid-table";
import { Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";
import type { AuditListParams } from "@/lib/audit/params";
import { actorSearchable, getActorEmail, listAuditLog, type AuditRow } from "@/lib/audit/service";
import { auditEntityRefs } from "@/lib/audit/entities";
import { visibleEntities } from "@/lib/audit/visibility";
import type { StaffSession } from "@/lib/identity/staff-session";
import { gridHref } from "@/lib/grid/params";
import { AuditChanges } from "./audit-changes";
import { AuditFilterForm } from "./audit-filter-form";
import { formatDateTime } from "@/lib/i18n/dates";

const BASE = "/admin/audit-log";
const cell = "px-3 py-2 align-top";
// days are filtered in UTC, so times are shown in UTC too, and say so

export async function AuditLogGrid({ staff, params }: { staff: StaffSession; params: AuditListParams }) {
  const actorId = params.filters.actorId;
  const [t, locale, { rows, total }, actorEmail] = await Promise.all([
    getTranslations("audit"),
    getLocale(),
    listAuditLog(params, staff.can),
    actorId ? getActorEmail(actorId, staff.can) : null,
  ]);
  const label = (group: "entities" | "actions", key: string) => (t.has(`${group}.${key}`) ? t(`${group}.${key}`) : key);
  // records that still exist by name, linked where the viewer may open them; deleted ones by id
  const refs = await auditEntityRefs(rows, staff.can);
  const entityId = (r: AuditRow) => {
    const ref = refs.get(`${r.entity}:${r.entityId}`);
    if (!ref) return <span className="font-mono text-xs" title={t("deletedRecord")}>{r.entityId}</span>;
    return ref.href ? <Link className="underline" href={ref.href} data-testid="audit-entity-link">{ref.name}</Link> : ref.name;
  };

  return (
    <section>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <AuditFilterForm base={BASE} params={params} actorEmail={actorEmail} entities={visibleEntities(staff.can)} withActor={actorSearchable(staff.can)} />

      <GridTable
        testId="audit-table"
        columns={7}
        empty={rows.length === 0 ? t("empty") : null}
        head={
          <>
            <tr>
              <SortHeader label={t("columns.at")} active dir={params.dir} href={gridHref(BASE, params, { dir: params.dir === "desc" ? "asc" : "desc", page: 1 })} />
              {(["actor", "ip", "entity", "entityId", "action", "changes"] as const).map((c) => (
                <th key={c} scope="col" className="whitespace-nowrap px-3 py-2 text-left font-semibold">{t(`columns.${c}`)}</th>
              ))}
            </tr>
          </>
        }
      >
        {rows.map((r) => (
          <tr key={r.id} className="border-b border-slate-100 last:border-0" data-testid="audit-row">
            <td className={`${cell} whitespace-nowrap`}><time dateTime={r.at.toISOString()}>{formatDateTime(r.at, locale)}</time></td>
            <td className={cell} data-testid="audit-actor">
              {r.actorLabel === null ? "—" : r.actorStaffId ? (
                <Link className="underline" title={t("showActor", { actor: r.actorLabel })} href={gridHref(BASE, params, { filters: { actorId: r.actorStaffId, actor: "" }, page: 1 })}>
                  {r.actorLabel}
                </Link>
              ) : r.actorLabel}
              {r.impersonationSessionId && (
                <Link className="ml-1 block text-xs text-amber-800 underline" data-testid="audit-impersonation" href={gridHref(BASE, params, { filters: { session: r.impersonationSessionId }, page: 1 })}>
                  {t("duringImpersonation")}
                </Link>
              )}
            </td>
            <td className={`${cell} whitespace-nowrap`}>{r.ip ?? "—"}</td>
            <td className={`${cell} whitespace-nowrap`}>{label("entities", r.entity)}</td>
            <td className={cell}>{entityId(r)}</td>
            <td className={cell} data-testid="audit-action">{label("actions", r.action)}</td>
            <td className={cell}><AuditChanges changes={r.changes} /></td>
          </tr>
        ))}
      </GridTable>
      <Pagination page={params.page} size={params.size} total={total} href={(change) => gridHref(BASE, params, change)} />
    </section>
  );
}
