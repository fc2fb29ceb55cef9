import "server-only";

import type { Sees } from "@/lib/acl/visibility";
import { containsSql } from "@/lib/customer-users/query";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

import {
  SECTION_PAGE_SIZE,
  statusOf,
  type ApplicationListParams,
  type ApplicationSort,
  type ApplicationStatus,
} from "./params";

/** What every list of applications shows; never the secret or its hash. */
export type ApplicationRow = {
  id: string;
  name: string;
  clientId: string;
  status: ApplicationStatus;
  active: boolean;
  scopes: string[];
  createdAt: Date;
  expiresAt: Date | null;
  rateLimitPerSecond: number;
  rateLimitBurst: number;
  lastUsedAt: Date | null;
  lastUsedIp: string | null;
};

/** The day an application expires as a date input holds it (UTC), "" for never. */
export const expiryInput = (expiresAt: Date | null) => (expiresAt ? expiresAt.toISOString().slice(0, 10) : "");

function statusWhere(status: ApplicationStatus | undefined, now: Date): Prisma.OAuthApplicationWhereInput {
  if (status === "inactive") return { active: false };
  if (status === "expired") return { active: true, expiresAt: { lte: now } };
  if (status === "active") return { active: true, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
  return {};
}

/** The applications of one customer user for the section on their page, newest first, filtered by name and status. */
export async function listOwnerApplications(
  customerUserId: string,
  opts: { name?: string; status?: ApplicationStatus; page: number },
  now = new Date(),
): Promise<{ rows: ApplicationRow[]; total: number }> {
  const where: Prisma.OAuthApplicationWhereInput = {
    customerUserId,
    ...(opts.name ? { name: { contains: opts.name, mode: "insensitive" } } : {}),
    ...statusWhere(opts.status, now),
  };
  const [apps, total] = await Promise.all([
    prisma.oAuthApplication.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (opts.page - 1) * SECTION_PAGE_SIZE,
      take: SECTION_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        clientId: true,
        active: true,
        scopes: true,
        createdAt: true,
        expiresAt: true,
        rateLimitPerSecond: true,
        rateLimitBurst: true,
        usage: { select: { lastUsedAt: true, lastUsedIp: true } },
      },
    }),
    prisma.oAuthApplication.count({ where }),
  ]);
  return {
    total,
    rows: apps.map(({ usage, ...a }) => ({
      ...a,
      status: statusOf(a, now),
      lastUsedAt: usage?.lastUsedAt ?? null,
      lastUsedIp: usage?.lastUsedIp ?? null,
    })),
  };
}

/** A row of the global grid: the application with its owner, company and website, as far as the viewer may view them. */
export type GlobalApplicationRow = ApplicationRow & {
  owner: { id: string; email: string; name: string } | null;
  company: { id: string; name: string } | null;
  website: string;
};

const SORT_COLUMN: Record<ApplicationSort, Prisma.Sql> = {
  name: Prisma.sql`a.name`,
  owner: Prisma.sql`u.email`,
  company: Prisma.sql`c.name`,
  website: Prisma.sql`w.name`,
  createdAt: Prisma.sql`a."createdAt"`,
  expiresAt: Prisma.sql`a."expiresAt"`,
  lastUsedAt: Prisma.sql`g."lastUsedAt"`,
};
/**
 * "Never" sorts after every day either way. Only on the columns that can be empty: on the others
 * NULLS LAST would stop PostgreSQL from reading their (column, id) index backwards for a descending sort.
 */
const NULLABLE = new Set<ApplicationSort>(["expiresAt", "lastUsedAt"]);

/**
 * Each filter is one predicate on an indexed column: the application's name (trigram), the owner's
 * e-mail and the company's name (their trigram indexes), the owner's website, the status. A filter
 * on data the viewer may not view is ignored rather than letting them probe it.
 */
function conditions(
  params: ApplicationListParams,
  sees: Sees,
  now: Date,
): { where: Prisma.Sql[]; joins: { owner: boolean; company: boolean } } {
  const f = params.filters;
  const owner = !!f.owner && sees("customers/customer-user/view");
  const company = !!f.company && sees("customers/company/view");
  const where: Prisma.Sql[] = [];
  if (f.name) where.push(containsSql(Prisma.sql`a.name`, f.name));
  if (owner) where.push(containsSql(Prisma.sql`u.email`, f.owner!));
  if (company) where.push(containsSql(Prisma.sql`c.name`, f.company!));
  if (f.website) where.push(Prisma.sql`u."websiteId" = ${f.website}`);
  if (f.status === "inactive") where.push(Prisma.sql`NOT a.active`);
  if (f.status === "expired") where.push(Prisma.sql`a.active AND a."expiresAt" <= ${now}`);
  if (f.status === "active") where.push(Prisma.sql`a.active AND (a."expiresAt" IS NULL OR a."expiresAt" > ${now})`);
  return { where, joins: { owner: owner || company || !!f.website, company } };
}

type SqlRow = Omit<GlobalApplicationRow, "status" | "owner" | "company"> & {
  ownerId: string;
  ownerEmail: string;
  ownerName: string;
  companyId: string;
  companyName: string;
};

/**
 * One page of every customer user's applications in two statements (rows with their owner, company,
 * website and last use; the count), sorted by a whitelisted column with the id breaking ties.
 */
export async function listApplications(
  params: ApplicationListParams,
  sees: Sees,
  now = new Date(),
): Promise<{ rows: GlobalApplicationRow[]; total: number }> {
  const { where, joins } = conditions(params, sees, now);
  const whereSql = where.length ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty;
  const dir = params.dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  // the order of rows would spell out names the viewer may not see, letter by letter
  const hidden =
    (params.sort === "owner" && !sees("customers/customer-user/view")) ||
    (params.sort === "company" && !sees("customers/company/view"));
  const sort = hidden ? "createdAt" : params.sort;
  const [rows, count] = await Promise.all([
    prisma.$queryRaw<SqlRow[]>`
      SELECT a.id, a.name, a."clientId", a.active, a.scopes, a."createdAt", a."expiresAt",
             a."rateLimitPerSecond", a."rateLimitBurst", g."lastUsedAt", g."lastUsedIp",
             u.id AS "ownerId", u.email AS "ownerEmail", concat_ws(' ', u."firstName", u."lastName") AS "ownerName",
             c.id AS "companyId", c.name AS "companyName", w.name AS website
      FROM "OAuthApplication" a
      JOIN "CustomerUser" u ON u.id = a."customerUserId"
      JOIN "Company" c ON c.id = u."companyId"
      JOIN "Website" w ON w.id = u."websiteId"
      LEFT JOIN "OAuthApplicationUsage" g ON g."applicationId" = a.id
      ${whereSql}
      ORDER BY ${SORT_COLUMN[sort]} ${dir} ${NULLABLE.has(sort) ? Prisma.sql`NULLS LAST` : Prisma.empty}, a.id ${dir}
      LIMIT ${params.size} OFFSET ${(params.page - 1) * params.size}`,
    // every application has an owner and a company: the count joins them only for a filter on them
    prisma.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total
      FROM "OAuthApplication" a
      ${joins.owner ? Prisma.sql`JOIN "CustomerUser" u ON u.id = a."customerUserId"` : Prisma.empty}
      ${joins.company ? Prisma.sql`JOIN "Company" c ON c.id = u."companyId"` : Prisma.empty}
      ${whereSql}`,
  ]);
  const users = sees("customers/customer-user/view");
  const companies = sees("customers/company/view");
  return {
    total: count[0]?.total ?? 0,
    rows: rows.map(({ ownerId, ownerEmail, ownerName, companyId, companyName, ...r }) => ({
      ...r,
      status: statusOf(r, now),
      owner: users ? { id: ownerId, email: ownerEmail, name: ownerName } : null,
      company: companies ? { id: companyId, name: companyName } : null,
    })),
  };
}
