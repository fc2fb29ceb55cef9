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
  /** what "Log in as a user" asks of the row besides its state: the customer's consent, the website's switch */
  assistanceAllowed: boolean | null;
  websiteEnabled: boolean;
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
  if (!usesTrigrams(needle)) return Prisma.sql`lower(${column}) LIKE ${`%${escapeLike(needle.toLowerCase())}%`}`;
  return Prisma.sql`${column} ILIKE ${`%${escapeLike(needle)}%`}`;
}

/** Whether "contains" of this needle reads a trigram index (three characters or more). */
const usesTrigrams = (needle: string) => [...needle].length >= 3;

/** Text that is a whole e-mail address (local part, @, a domain with a dot), not a fragment of one. */
export const isWholeAddress = (text: string) => /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(text);

/**
 * Every filter is one predicate. An e-mail filter that is a whole address asks for that user:
 * addresses are stored lower-cased, so it is an equality the (email, id) index answers in well under
 * a millisecond, where "contains" reads the trigram index (~20 ms at 100,000 users). `company` is
 * the only filter that needs the company's row.
 */
export function customerUserConditions(f: CustomerUserListParams["filters"], now = new Date()): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (f.company) where.push(containsSql(Prisma.sql`c.name`, f.company));
  if (f.firstName) where.push(containsSql(Prisma.sql`u."firstName"`, f.firstName));
  if (f.lastName) where.push(containsSql(Prisma.sql`u."lastName"`, f.lastName));
  if (f.email)
    where.push(
      isWholeAddress(f.email)
        ? Prisma.sql`u.email = ${f.email.toLowerCase()}`
        : containsSql(Prisma.sql`u.email`, f.email),
    );
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
  return { column, dir, sql: Prisma.sql`ORDER BY ${column} ${dir}, u.id ${dir}` };
}

/** Whether a filter of the selection is a "contains" served by a trigram index. */
function searchesText(f: CustomerUserListParams["filters"]): boolean {
  const needles = [f.company, f.firstName, f.lastName, f.email && !isWholeAddress(f.email) ? f.email : undefined];
  return needles.some((n) => n !== undefined && usesTrigrams(n));
}

/**
 * Only the tables a selection needs: the company for its filter or sort, the website for its sort.
 * Every user has both, so leaving a join out drops no row.
 */
function selectionFrom(params: CustomerUserListParams): Prisma.Sql {
  const company = params.filters.company || params.sort === "company";
  return Prisma.sql`FROM "CustomerUser" u
    ${company ? Prisma.sql`JOIN "Company" c ON c.id = u."companyId"` : Prisma.empty}
    ${params.sort === "website" ? Prisma.sql`JOIN "Website" w ON w.id = u."websiteId"` : Prisma.empty}`;
}

/** Every row the grid's filters select, counted to the end (an export's size and progress; the grid itself stops early). */
export function customerUserCountQuery(params: CustomerUserListParams, now = new Date()): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS total ${selectionFrom(params)} ${whereSql(customerUserConditions(params.filters, now))}`;
}

/** Where a page of the grid ends, to begin the next one there (keyset paging): its sort value and id. */
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

/** The rows after `after` in the grid's order. The columns the grid sorts by are never null, so a row comparison is exact. */
function afterKey(params: CustomerUserListParams, after: GridKey): Prisma.Sql {
  const key = Prisma.sql`(${after.key}${KEY_TYPE[params.sort] ?? Prisma.empty}, ${after.id})`;
  const column = SORT_COLUMN[params.sort];
  return params.dir === "desc" ? Prisma.sql`(${column}, u.id) < ${key}` : Prisma.sql`(${column}, u.id) > ${key}`;
}

/**
 * How many rows past the end of the page the count reads at most: enough for the pager's next pages,
 * without reading 100,000 rows on every page of an unfiltered grid. Past it the grid says "more than".
 */
export const COUNT_AHEAD = 1000;

/**
 * The two statements of one grid page.
 * - rows: the page is found on the indexes first (ids in the grid's order, OFFSET / LIMIT on the
 *   user table and only the tables its filter or sort needs), then only those rows are joined to
 *   their company and website. With `after` (the last row of the page before) the page starts
 *   there instead of skipping rows, so a deep page costs what the first one does.
 * - count: the matching rows, read no further than `limit` rows from where the count starts (the
 *   first row, or `after`); `limit` is the end of the page plus COUNT_AHEAD. One more row than
 *   `limit` means there are more than the count says.
 * Sort column and direction come from whitelists, never from the URL's text; the id breaks ties so
 * that pages are stable and match the (column, id) indexes.
 */
export function customerUserQuery(
  params: CustomerUserListParams,
  now = new Date(),
  after: GridKey | null = null,
): { rows: Prisma.Sql; count: Prisma.Sql; limit: number } {
  const conditions = customerUserConditions(params.filters, now);
  if (after) conditions.push(afterKey(params, after));
  const order = orderOf(params);
  const offset = after ? 0 : (params.page - 1) * params.size;
  const from = selectionFrom(params);
  const select = Prisma.sql`SELECT u.id, ${order.column} AS key ${from} ${whereSql(conditions)}`;
  // A text search takes its matches from the trigram index and sorts those. Left to itself the planner
  // walks the sort column's index instead and tests every row, expecting a match every few dozen
  // rows; but matches cluster ("son": every Johnson, and none before J), so that walk read 29,000
  // rows to find 25. OFFSET 0 keeps the search a subquery of its own, planned apart from the order.
  const ordered = searchesText(params.filters)
    ? Prisma.sql`SELECT id, key FROM (${select} OFFSET 0) matching ORDER BY key ${order.dir}, id ${order.dir}`
    : Prisma.sql`${select} ${order.sql}`;
  const rows = Prisma.sql`
    WITH page AS (${ordered} LIMIT ${params.size} OFFSET ${offset})
    SELECT u.id, u."companyId", c.name AS company, u."firstName", u."lastName", u.email, u.enabled, u.confirmed,
           u."passwordStatus"::text AS "passwordStatus", u.locked, u."lockedUntil", w.name AS website,
           u."assistanceAllowed", w."impersonationEnabled" AS "websiteEnabled",
           u."customerNumber", u."createdAt", u."updatedAt", p.key::text AS "sortKey"
    FROM page p
    JOIN "CustomerUser" u ON u.id = p.id
    JOIN "Company" c ON c.id = u."companyId"
    JOIN "Website" w ON w.id = u."websiteId"
    ORDER BY p.key ${order.dir}, p.id ${order.dir}`;
  const limit = offset + params.size + COUNT_AHEAD;
  const count = Prisma.sql`
    SELECT count(*)::int AS total FROM (
      SELECT 1 ${from} ${whereSql(conditions)} LIMIT ${limit + 1}
    ) matching`;
  return { rows, count, limit };
}

/**
 * The ids of every row the grid selects, in the grid's order, `limit` after `after` (keyset
 * pagination: each batch costs the same however deep the walk, where OFFSET would read every row
 * before it again).
 */
export function customerUserKeysetQuery(
  params: CustomerUserListParams,
  after: GridKey | null,
  limit: number,
  now = new Date(),
): Prisma.Sql {
  const conditions = customerUserConditions(params.filters, now);
  if (after) conditions.push(afterKey(params, after));
  const order = orderOf(params);
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
