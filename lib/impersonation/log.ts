import "server-only";
import { utcDayRange } from "@/lib/audit/params";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { containsLower } from "@/lib/grid/text";
import type { LogListParams } from "./log-params";

/** The filters as one WHERE: "live" and "ended" follow logStatus, so a lapsed session counts as ended. */
export function impersonationLogWhere(filters: LogListParams["filters"], now: Date): Prisma.ImpersonationSessionWhereInput {
  const and: Prisma.ImpersonationSessionWhereInput[] = [];
  if (filters.staff) and.push({ staffUser: { email: containsLower(filters.staff) } });
  // the e-mail kept on the row, so sessions of deleted customer users stay findable
  if (filters.customer) and.push({ customerEmail: containsLower(filters.customer) });
  if (filters.purpose === "ASSIST" || filters.purpose === "PREVIEW") and.push({ purpose: filters.purpose });
  if (filters.status === "live") and.push({ endedAt: null, startedAt: { not: null }, expiresAt: { gt: now } });
  if (filters.status === "ended") and.push({ OR: [{ endedAt: { not: null } }, { expiresAt: { lte: now } }] });
  const created = utcDayRange(filters.from, filters.to);
  if (created) and.push({ createdAt: created });
  return and.length > 0 ? { AND: and } : {};
}

const LOG_SELECT = {
  id: true, createdAt: true, startedAt: true, expiresAt: true, endedAt: true, endReason: true, purpose: true, reason: true, ip: true, userAgent: true,
  customerUserId: true, customerEmail: true,
  staffUser: { select: { email: true, firstName: true, lastName: true } },
  website: { select: { name: true } },
} satisfies Prisma.ImpersonationSessionSelect;

export type LogRow = Prisma.ImpersonationSessionGetPayload<{ select: typeof LOG_SELECT }>;

/** One page of the impersonation log: filtered, sorted by when each session was requested and paged in SQL. */
export async function listImpersonationLog(params: LogListParams, now = new Date()): Promise<{ rows: LogRow[]; total: number }> {
  const where = impersonationLogWhere(params.filters, now);
  const orderBy: Prisma.ImpersonationSessionOrderByWithRelationInput[] = [{ createdAt: params.dir }, { id: params.dir }];
  const [rows, total] = await Promise.all([
    prisma.impersonationSession.findMany({ where, orderBy, skip: (params.page - 1) * params.size, take: params.size, select: LOG_SELECT }),
    prisma.impersonationSession.count({ where }),
  ]);
  return { rows, total };
}
