import { Prisma } from "@/lib/generated/prisma/client";
import { escapeLike } from "@/lib/grid/text";

import type { CustomerUserListParams, CustomerUserSort } from "./params";

export type PasswordStatus = "ACTIVE" | "RESET" | "EXPIRED";

/** One row of the grid as the statement returns it. */
export type CustomerUserGridRow = {
  id: string;
  companyId: string;
  company: string;
  firstName: string;
  lastName: string;
  email: string;
  enabled: boolean;
  confirmed: boolean;
  passwordStatus: PasswordStatus;
  locked: boolean;
  lockedUntil: Date | null;
  website: string;
  /** the number staff and customers quote, shown as the grid's ID */
  customerNumber: number;
  createdAt: Date;
  updatedAt: Date;
};

const yesNo = (v: string | undefined) => (v === "yes" ? true : v === "no" ? false : undefined);

/**
 * Case-insensitive "contains" of the text as typed (`%`, `_` and `\` match themselves). From three
 * characters on, `ILIKE` on the column is served by its trigram index. A shorter needle holds no
 * trigram, so that index would be read whole (every row a candidate, ~20 ms at 100,000 users) and
 * ANDed with the other filters' indexes: `lower(column) LIKE` is the same test on an expression no
 * index serves, so PostgreSQL narrows by the other filters first and checks the few rows left.
 */
export function containsSql(column: Prisma.Sql, needle: string): Prisma.Sql {
  if ([...needle].length < 3) return Prisma.sql`lower(${column}) LIKE ${`%${escapeLike(needle.toLowerCase())}%`}`;
  return Prisma.sql`${column} ILIKE ${`%${escapeLike(needle)}%`}`;
}

/** Every filter is one predicate; `company` is the only one that needs the company's row. */
export function customerUserConditions(f: CustomerUserListParams["filters"], now = new Date()): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (f.company) where.push(containsSql(Prisma.sql`c.name`, f.company));
  if (f.firstName) where.push(containsSql(Prisma.sql`u."firstName"`, f.firstName));
  if (f.lastName) where.push(containsSql(Prisma.sql`u."lastName"`, f.lastName));
  if (f.email) where.push(containsSql(Prisma.sql`u.email`, f.email));
  const enabled = yesNo(f.enabled);
  if (enabled !== undefined) where.push(Prisma.sql`u.enabled = ${enabled}`);
  const confirmed = yesNo(f.confirmed);
  if (confirmed !== undefined) where.push(Prisma.sql`u.confirmed = ${confirmed}`);
  // a lockout after failed sign-ins (lockedUntil still ahead) counts as locked as much as the flag does
  const locked = yesNo(f.locked);
  if (locked === true) where.push(Prisma.sql`(u.locked OR u."lockedUntil" > ${now})`);
  if (locked === false)
    where.push(Prisma.sql`(NOT u.locked AND (u."lockedUntil" IS NULL OR u."lockedUntil" <= ${now}))`);
  if (f.passwordStatus) where.push(Prisma.sql`u."passwordStatus" = ${f.passwordStatus}::"PasswordStatus"`);
  if (f.website) where.push(Prisma.sql`u."websiteId" = ${f.website}`);
  if (f.companyId) where.push(Prisma.sql`u."companyId" = ${f.companyId}`);
  return where;
}

const SORT_COLUMN: Record<CustomerUserSort, Prisma.Sql> = {
  company: Prisma.sql`c.name`,
  website: Prisma.sql`w.name`,
  firstName: Prisma.sql`u."firstName"`,
  lastName: Prisma.sql`u."lastName"`,
  email: Prisma.sql`u.email`,
  enabled: Prisma.sql`u.enabled`,
  confirmed: Prisma.sql`u.confirmed`,
  passwordStatus: Prisma.sql`u."passwordStatus"`,
  locked: Prisma.sql`u.locked`,
  id: Prisma.sql`u."customerNumber"`,
  createdAt: Prisma.sql`u."createdAt"`,
  updatedAt: Prisma.sql`u."updatedAt"`,
};

const whereSql = (conditions: Prisma.Sql[]) =>
  conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;

const FROM = Prisma.sql`
    FROM "CustomerUser" u
    JOIN "Company" c ON c.id = u."companyId"
    JOIN "Website" w ON w.id = u."websiteId"`;

/** The grid's order: the sort column, then the id, which breaks ties so that pages are stable. */
function orderOf(params: CustomerUserListParams) {
  const dir = params.dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const column = SORT_COLUMN[params.sort];
  return { column, sql: Prisma.sql`ORDER BY ${column} ${dir}, u.id ${dir}` };
}

/**
 * The two statements of one grid page: the rows with their company's and website's names in one
 * read, and the count of every match. Sort column and direction come from whitelists, never from
 * the URL's text; the id breaks ties so that pages are stable and match the (column, id) indexes.
 */
export function customerUserQuery(
  params: CustomerUserListParams,
  now = new Date(),
): { rows: Prisma.Sql; count: Prisma.Sql } {
  const conditions = customerUserConditions(params.filters, now);
  const rows = Prisma.sql`
    SELECT u.id, u."companyId", c.name AS company, u."firstName", u."lastName", u.email, u.enabled, u.confirmed,
           u."passwordStatus"::text AS "passwordStatus", u.locked, u."lockedUntil", w.name AS website,
           u."customerNumber", u."createdAt", u."updatedAt"
    ${FROM}
    ${whereSql(conditions)}
    ${orderOf(params).sql}
    LIMIT ${params.size} OFFSET ${(params.page - 1) * params.size}`;
  const companyJoin = params.filters.company ? Prisma.sql`JOIN "Company" c ON c.id = u."companyId"` : Prisma.empty;
  const count = Prisma.sql`SELECT count(*)::int AS total FROM "CustomerUser" u ${companyJoin} ${whereSql(conditions)}`;
  return { rows, count };
}

/** Where the last batch of a walk through the grid's rows ended: its sort value and id. */
export type GridKey = { key: unknown; id: string };

/** The sort value as a parameter of the column's own type, so that it compares as the column orders. */
const KEY_TYPE: Partial<Record<CustomerUserSort, Prisma.Sql>> = {
  passwordStatus: Prisma.sql`::"PasswordStatus"`,
  enabled: Prisma.sql`::boolean`,
  confirmed: Prisma.sql`::boolean`,
  locked: Prisma.sql`::boolean`,
  id: Prisma.sql`::int`,
  createdAt: Prisma.sql`::timestamp`,
  updatedAt: Prisma.sql`::timestamp`,
};

/**
 * The ids of every row the grid selects, in the grid's order, `limit` after `after` (keyset
 * pagination: each batch costs the same however deep the walk, where OFFSET would read every row
 * before it again). The columns the grid sorts by are never null, so a row comparison is exact.
 */
export function customerUserKeysetQuery(
  params: CustomerUserListParams,
  after: GridKey | null,
  limit: number,
  now = new Date(),
): Prisma.Sql {
  const conditions = customerUserConditions(params.filters, now);
  const order = orderOf(params);
  if (after) {
    const key = Prisma.sql`(${after.key}${KEY_TYPE[params.sort] ?? Prisma.empty}, ${after.id})`;
    conditions.push(
      params.dir === "desc"
        ? Prisma.sql`(${order.column}, u.id) < ${key}`
        : Prisma.sql`(${order.column}, u.id) > ${key}`,
    );
  }
  return Prisma.sql`SELECT u.id, ${order.column} AS key ${FROM} ${whereSql(conditions)} ${order.sql} LIMIT ${limit}`;
}

/** The most roles one of the selected users holds: how many role columns an export needs. */
export function customerUserMaxRolesQuery(params: CustomerUserListParams, now = new Date()): Prisma.Sql {
  const conditions = customerUserConditions(params.filters, now);
  return Prisma.sql`
    SELECT coalesce(max(n), 0)::int AS "maxRoles" FROM (
      SELECT count(*) AS n ${FROM} JOIN "CustomerUserRole" r ON r."customerUserId" = u.id
      ${whereSql(conditions)} GROUP BY u.id
    ) per_user`;
}
