import "server-only";

import type { Sees } from "@/lib/acl/visibility";
import { utcDayRange } from "@/lib/audit/params";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { containsLower } from "@/lib/grid/text";

import type { LogListParams } from "./log-params";

/**
 * The filters as one WHERE: "live" and "ended" follow logStatus, so a lapsed session counts as ended.
 * Searching by e-mail is for viewers who may view those users (it would tell the e-mails otherwise).
 */
export function impersonationLogWhere(
  filters: LogListParams["filters"],
  now: Date,
  sees: Sees,
): Prisma.ImpersonationSessionWhereInput {
  const and: Prisma.ImpersonationSessionWhereInput[] = [];
  if (filters.staff && sees("users/user/view")) and.push({ staffUser: { email: containsLower(filters.staff) } });
  // the e-mail kept on the row, so sessions of deleted customer users stay findable
  if (filters.customer && sees("customers/customer-user/view"))
    and.push({ customerEmail: containsLower(filters.customer) });
  if (filters.purpose === "ASSIST" || filters.purpose === "PREVIEW") and.push({ purpose: filters.purpose });
  if (filters.status === "live") and.push({ endedAt: null, startedAt: { not: null }, expiresAt: { gt: now } });
  if (filters.status === "ended") and.push({ OR: [{ endedAt: { not: null } }, { expiresAt: { lte: now } }] });
  const created = utcDayRange(filters.from, filters.to);
  if (created) and.push({ createdAt: created });
  return and.length > 0 ? { AND: and } : {};
}

const LOG_SELECT = {
  id: true,
  createdAt: true,
  startedAt: true,
  expiresAt: true,
  endedAt: true,
  endReason: true,
  purpose: true,
  reason: true,
  ip: true,
  userAgent: true,
  customerUserId: true,
  customerEmail: true,
  staffUser: { select: { email: true, firstName: true, lastName: true } },
  website: { select: { name: true } },
} satisfies Prisma.ImpersonationSessionSelect;

type Row = Prisma.ImpersonationSessionGetPayload<{ select: typeof LOG_SELECT }>;
/** A session as the viewer may see it: the staff user who signed in and the customer user they signed in as are null to a viewer who may not view those. */
export type LogRow = Omit<Row, "staffUser" | "customerEmail"> & {
  staffUser: Row["staffUser"] | null;
  customerEmail: string | null;
};

/** One page of the impersonation log: filtered, sorted by when each session was requested and paged in SQL. */
export async function listImpersonationLog(
  params: LogListParams,
  sees: Sees,
  now = new Date(),
): Promise<{ rows: LogRow[]; total: number }> {
  const where = impersonationLogWhere(params.filters, now, sees);
  const orderBy: Prisma.ImpersonationSessionOrderByWithRelationInput[] = [
    { createdAt: params.dir },
    { id: params.dir },
  ];
  const [rows, total] = await Promise.all([
    prisma.impersonationSession.findMany({
      where,
      orderBy,
      skip: (params.page - 1) * params.size,
      take: params.size,
      select: LOG_SELECT,
    }),
    prisma.impersonationSession.count({ where }),
  ]);
  const staff = sees("users/user/view");
  const customers = sees("customers/customer-user/view");
  return {
    rows: rows.map((r) => ({
      ...r,
      staffUser: staff ? r.staffUser : null,
      customerEmail: customers ? r.customerEmail : null,
    })),
    total,
  };
}
