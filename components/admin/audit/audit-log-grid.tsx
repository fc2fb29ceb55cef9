import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { AdminGrid } from "@/components/ui/admin-grid";
import { auditEntityRefs } from "@/lib/audit/entities";
import type { AuditListParams } from "@/lib/audit/params";
import { actorSearchable, getActorEmail, listAuditLog, type AuditRow } from "@/lib/audit/service";
import { visibleEntities } from "@/lib/audit/visibility";
import { gridHref } from "@/lib/grid/params";
import { formatDateTime } from "@/lib/i18n/dates";
import type { StaffSession } from "@/lib/identity/staff-session";

import { AuditChanges } from "./audit-changes";
import { AuditFilterForm } from "./audit-filter-form";

const BASE = "/admin/audit-log";
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
    if (!ref)
      return (
        <span className="font-mono text-xs" title={t("deletedRecord")}>
          {r.entityId}
        </span>
      );
    return ref.href ? (
      <Link className="underline" href={ref.href} data-testid="audit-entity-link">
        {ref.name}
      </Link>
    ) : (
      ref.name
    );
  };
  const actor = (r: AuditRow) => (
    <>
      {r.actorLabel === null ? (
        "—"
      ) : r.actorStaffId ? (
        <Link
          className="underline"
          title={t("showActor", { actor: r.actorLabel })}
          href={gridHref(BASE, params, { filters: { actorId: r.actorStaffId, actor: "" }, page: 1 })}
        >
          {r.actorLabel}
        </Link>
      ) : (
        r.actorLabel
      )}
      {r.impersonationSessionId && (
        <Link
          className="ml-1 block text-xs text-amber-800 underline"
          data-testid="audit-impersonation"
          href={gridHref(BASE, params, { filters: { session: r.impersonationSessionId }, page: 1 })}
        >
          {t("duringImpersonation")}
        </Link>
      )}
      {r.bulkRunId && (
        <Link
          className="ml-1 block text-xs underline"
          data-testid="audit-bulk-run"
          href={gridHref(BASE, params, { filters: { run: r.bulkRunId }, page: 1 })}
        >
          {t("partOfRun")}
        </Link>
      )}
    </>
  );

  return (
    <AdminGrid
      t={t}
      base={BASE}
      params={params}
      total={total}
      rows={rows}
      testId="audit-table"
      rowTestId="audit-row"
      filters={
        <AuditFilterForm
          base={BASE}
          params={params}
          actorEmail={actorEmail}
          entities={visibleEntities(staff.can)}
          withActor={actorSearchable(staff.can)}
        />
      }
      layout="log"
      columns={[
        {
          key: "at",
          sort: "at",
          className: "whitespace-nowrap",
          cell: (r) => <time dateTime={r.at.toISOString()}>{formatDateTime(r.at, locale)}</time>,
        },
        { key: "actor", cell: actor, testId: "audit-actor" },
        { key: "ip", className: "whitespace-nowrap", cell: (r) => r.ip ?? "—" },
        { key: "entity", className: "whitespace-nowrap", cell: (r) => label("entities", r.entity) },
        { key: "entityId", cell: entityId },
        { key: "action", cell: (r) => label("actions", r.action), testId: "audit-action" },
        { key: "changes", cell: (r) => <AuditChanges changes={r.changes} /> },
      ]}
    />
  );
}
