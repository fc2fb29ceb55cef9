import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { utcDayRange, type AuditListParams } from "./params";
import { containsText } from "@/lib/grid/text";

export type AuditValue = Prisma.JsonValue;
export type AuditChange = { field: string; before: AuditValue; after: AuditValue };

export type AuditRow = {
  id: string;
  at: Date;
  actorStaffId: string | null;
  actorLabel: string;
  ip: string | null;
  entity: string;
  entityId: string;
  action: string;
  changes: AuditChange[];
  impersonationSessionId: string | null;
};

export function auditLogWhere(filters: AuditListParams["filters"]): Prisma.AuditLogWhereInput {
  const where: Prisma.AuditLogWhereInput = {};
  if (filters.actorId) where.actorStaffId = filters.actorId;
  // the e-mail as it was when the entry was written, so renamed or deleted actors stay findable
  if (filters.actor) where.actorLabel = containsText(filters.actor);
  if (filters.entity) where.entity = filters.entity;
  if (filters.action) where.action = filters.action;
  // what was done during the session, and its own start and end
  if (filters.session) where.OR = [{ impersonationSessionId: filters.session }, { entity: "impersonation-session", entityId: filters.session }];
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

/** One page of the audit log: filtered, sorted by time and paged in SQL, with the total for the pager. */
export async function listAuditLog(params: AuditListParams): Promise<{ rows: AuditRow[]; total: number }> {
  const where = auditLogWhere(params.filters);
  // ties on the timestamp fall back to the id in the opposite direction, which both walks of the (at DESC, id) index serve
  const orderBy: Prisma.AuditLogOrderByWithRelationInput[] =
    params.dir === "asc" ? [{ at: "asc" }, { id: "desc" }] : [{ at: "desc" }, { id: "asc" }];
  const [rows, total] = await Promise.all([
    prisma.auditLog.findMany({
      where,
      orderBy,
      skip: (params.page - 1) * params.size,
      take: params.size,
      select: { id: true, at: true, actorStaffId: true, actorLabel: true, ip: true, entity: true, entityId: true, action: true, changes: true, impersonationSessionId: true },
    }),
    prisma.auditLog.count({ where }),
  ]);
  return { rows: rows.map((r) => ({ ...r, changes: toChanges(r.changes) })), total };
}

/** The current e-mail of the staff user a filtered view is limited to, to name them above the grid. */
export async function getActorEmail(staffId: string): Promise<string | null> {
  const user = await prisma.staffUser.findUnique({ where: { id: staffId }, select: { email: true } });
  return user?.email ?? null;
}
