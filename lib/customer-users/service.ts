import "server-only";

import type { Sees } from "@/lib/acl/visibility";
import { getSettings } from "@/lib/config/settings";
import { prisma } from "@/lib/db";
import type { Cursor } from "@/lib/grid/cursor";
import { assistRefusalsOf, type Refusal } from "@/lib/identity/impersonation-rules";
import { isLocked } from "@/lib/identity/shop-lockout";

import { PASSWORD_STATUSES, type CustomerUserListParams, type CustomerUserSort } from "./params";
import { customerUserQuery, type CustomerUserGridRow, type PasswordStatus } from "./query";

export type CustomerUserRow = {
  id: string;
  companyId: string;
  company: string | null;
  firstName: string;
  lastName: string;
  email: string;
  enabled: boolean;
  confirmed: boolean;
  passwordStatus: PasswordStatus;
  locked: boolean;
  website: string;
  customerNumber: number;
  createdAt: Date;
  updatedAt: Date;
};

type Website = { id: string; name: string };

/** One page of the grid; `more`: there are more than `total` matches (the count stops there). */
export type CustomerUserPage = {
  rows: CustomerUserRow[];
  total: number;
  more: boolean;
  /** where the next page begins, when there is one: its keyset cursor */
  next: Cursor | null;
  /** why "Log in as a user" would be refused, by the id of each refused row (asked with `loginAs`, else empty) */
  loginAsRefused: Record<string, Refusal>;
};

const KEY_VALUES: Partial<Record<CustomerUserSort, readonly string[]>> = {
  enabled: ["true", "false"],
  confirmed: ["true", "false"],
  locked: ["true", "false"],
  passwordStatus: PASSWORD_STATUSES,
};

/** A cursor is used only when its sort value can be one of the sort column's: anything else pages by offset. */
const fits = (sort: CustomerUserSort, cursor: Cursor | null) =>
  cursor && (KEY_VALUES[sort]?.includes(cursor.key) ?? true) ? cursor : null;

/**
 * One page of the customer users grid: every filter, the sort and the page run in SQL, the rows
 * (with company and website names) and the count as two statements side by side. `after`, the
 * cursor of the page before's last row, makes the page start there rather than skip rows. For a
 * viewer who may not view companies the company is neither shown nor filtered or sorted by (which
 * would tell its name letter by letter). With `loginAs`, for a viewer who may log in as a user, the
 * page also says which of its rows that would be refused for, and why.
 */
export async function listCustomerUsers(
  params: CustomerUserListParams,
  sees: Sees,
  after: Cursor | null = null,
  { loginAs = false }: { loginAs?: boolean } = {},
): Promise<CustomerUserPage> {
  const companies = sees("customers/company/view");
  const shown = companies ? params : withoutCompany(params);
  const from = fits(shown.sort, after);
  const now = new Date();
  const query = customerUserQuery(shown, now, from);
  // the rows carry what "Log in as a user" asks of each of them, so its refusals need no statement of their own
  const assist = loginAs && sees("customers/impersonation/start");
  const [rows, [count], settings] = await Promise.all([
    prisma.$queryRaw<(CustomerUserGridRow & { sortKey: string })[]>(query.rows),
    prisma.$queryRaw<{ total: number }[]>(query.count),
    assist ? getSettings() : null,
  ]);
  const counted = count?.total ?? 0;
  const more = counted > query.limit;
  // with a cursor the count starts at the page's first row: the rows before it are the pages before
  const total = (from ? (params.page - 1) * params.size : 0) + Math.min(counted, query.limit);
  const last = rows[rows.length - 1];
  const hasNext = more || total > params.page * params.size;
  return {
    rows: rows.map((r) => ({
      id: r.id,
      companyId: r.companyId,
      company: companies ? r.company : null,
      firstName: r.firstName,
      lastName: r.lastName,
      email: r.email,
      enabled: r.enabled,
      confirmed: r.confirmed,
      passwordStatus: r.passwordStatus,
      locked: isLocked({ locked: r.locked, lockedUntil: r.lockedUntil }),
      website: r.website,
      customerNumber: r.customerNumber,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    })),
    total,
    more,
    next: hasNext && last && rows.length === params.size ? { key: last.sortKey, id: last.id } : null,
    loginAsRefused: settings ? assistRefusalsOf(rows, settings, now) : {},
  };
}

/** The grid's URL state for a viewer who may not view companies: no company filter or sort. */
export function withoutCompany(params: CustomerUserListParams): CustomerUserListParams {
  const filters = { ...params.filters };
  delete filters.company;
  return { ...params, filters, sort: params.sort === "company" ? "lastName" : params.sort };
}

export async function listWebsiteOptions(): Promise<Website[]> {
  return prisma.website.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
