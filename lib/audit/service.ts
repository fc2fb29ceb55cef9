import "server-only";

import type { Sees } from "@/lib/acl/visibility";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { containsText } from "@/lib/grid/text";

import { AUDIT_ENTITIES, utcDayRange, type AuditListParams } from "./params";
import { REDACTED } from "./record";
import { actorSeen, fieldSeen, visibleEntities } from "./visibility";

export type AuditValue = Prisma.JsonValue;
export type AuditChange = { field: string; before: AuditValue; after: AuditValue };

export type AuditRow = {
  id: string;
  at: Date;
  actorStaffId: string | null;
  /** null for a viewer who may not view the staff or customer user who acted */
  actorLabel: string | null;
  ip: string | null;
  entity: string;
  entityId: string;
  action: string;
  changes: AuditChange[];
  impersonationSessionId: string | null;
  /** the bulk change this entry was part of */
  bulkRunId: string | null;
};

/** Whether the viewer may search by who acted: the labels are staff users' and customer users' e-mails. */
export const actorSearchable = (sees: Sees) => sees("users/user/view") && sees("customers/customer-user/view");

/** The filters, within the entities whose records the viewer may view. */
export function auditLogWhere(filters: AuditListParams["filters"], sees: Sees): Prisma.AuditLogWhereInput {
  const entities = visibleEntities(sees);
  const where: Prisma.AuditLogWhereInput = {};
  if (filters.entity) where.entity = entities.some((e) => e === filters.entity) ? filters.entity : { in: [] };
  // everything visible (the usual case) needs no condition, which keeps the plain time index in use
  else if (entities.length < AUDIT_ENTITIES.length) where.entity = { in: entities };
  if (filters.actorId) where.actorStaffId = filters.actorId;
  // the e-mail as it was when the entry was written, so renamed or deleted actors stay findable
  if (filters.actor && actorSearchable(sees)) where.actorLabel = containsText(filters.actor);
  if (filters.action) where.action = filters.action;
  // what was done during the session, and its own start and end
  if (filters.session)
    where.OR = [
      { impersonationSessionId: filters.session },
      { entity: "impersonation-session", entityId: filters.session },
    ];
  if (filters.run) where.AND = [{ OR: [{ bulkRunId: filters.run }, { entity: "bulk-run", entityId: filters.run }] }];
  const at = utcDayRange(filters.from, filters.to);
  if (at) where.at = at;
  return where;
}

/** The stored { field: { before, after } } as a list, tolerating entries written in another shape. */
function toChanges(json: Prisma.JsonValue): AuditChange[] {
  if (!json || typeof json !== "object" || Array.isArray(json)) return [];
  return Object.entries(json).map(([field, change]) => {
    const pair = change && typeof change === "object" && !Array.isArray(change) ? change : {};
    return { field, before: pair.before ?? null, after: pair.after ?? null };
  });
}

/**
 * One page of the audit log: filtered, sorted by time and paged in SQL, with the total for the
 * pager. Only entries about records the viewer may view; in them, who acted and the fields that
 * name other resources' records only as far as the viewer may view those.
 */
export async function listAuditLog(params: AuditListParams, sees: Sees): Promise<{ rows: AuditRow[]; total: number }> {
  const where = auditLogWhere(params.filters, sees);
  // ties on the timestamp fall back to the id in the opposite direction, which both walks of the (at DESC, id) index serve
  const orderBy: Prisma.AuditLogOrderByWithRelationInput[] =
    params.dir === "asc" ? [{ at: "asc" }, { id: "desc" }] : [{ at: "desc" }, { id: "asc" }];
  const [rows, total] = await Promise.all([
    prisma.auditLog.findMany({
      where,
      orderBy,
      skip: (params.page - 1) * params.size,
      take: params.size,
      select: {
        id: true,
        at: true,
        actorStaffId: true,
        actorLabel: true,
        ip: true,
        entity: true,
        entityId: true,
        action: true,
        changes: true,
        impersonationSessionId: true,
        bulkRunId: true,
      },
    }),
    prisma.auditLog.count({ where }),
  ]);
  const hidden = (v: AuditValue) => (v === null ? null : REDACTED);
  return {
    rows: rows.map((r) => ({
      ...r,
      actorLabel: actorSeen(sees, r) ? r.actorLabel : null,
      changes: toChanges(r.changes).map((c) =>
        fieldSeen(sees, r.entity, c.field) ? c : { ...c, before: hidden(c.before), after: hidden(c.after) },
      ),
    })),
    total,
  };
}

/** The current e-mail of the staff user a filtered view is limited to, to name them above the grid; null for a viewer who may not view staff users. */
export async function getActorEmail(staffId: string, sees: Sees): Promise<string | null> {
  if (!sees("users/user/view")) return null;
  const user = await prisma.staffUser.findUnique({ where: { id: staffId }, select: { email: true } });
  return user?.email ?? null;
}
