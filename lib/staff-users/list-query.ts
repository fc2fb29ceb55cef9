import type { Prisma } from "@/lib/generated/prisma/client";
import type { GridParams } from "@/lib/grid/params";
import { containsText } from "@/lib/grid/text";

import { STAFF_STATUSES, type StaffStatusValue } from "./schema";

/**
 * The users grid's query, as Prisma arguments: the page and bench:users both run exactly this, so
 * what the benchmark times is what the page does.
 */

export const USER_SORTS = ["email", "firstName", "lastName", "lastLoginAt", "status", "isAgent"] as const;
export type UserSort = (typeof USER_SORTS)[number];
export const USER_FILTERS = { status: STAFF_STATUSES } as const;
export type UserListParams = GridParams<UserSort, "status">;

export type UserRow = {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  lastLoginAt: Date | null;
  status: StaffStatusValue;
  isAgent: boolean;
};

export function userListWhere(q: string, status?: string): Prisma.StaffUserWhereInput {
  const where: Prisma.StaffUserWhereInput = {};
  if (q) {
    where.OR = [{ email: containsText(q) }, { firstName: containsText(q) }, { lastName: containsText(q) }];
  }
  if (status) where.status = status as StaffStatusValue;
  return where;
}

/** The two statements of one page of the users grid: the rows, and the total for the pager. */
export function userListQuery(params: UserListParams) {
  const where = userListWhere(params.q, params.filters.status);
  const orderBy: Prisma.StaffUserOrderByWithRelationInput[] =
    params.sort === "lastLoginAt"
      ? [{ lastLoginAt: { sort: params.dir, nulls: params.dir === "asc" ? "first" : "last" } }, { id: "asc" }]
      : [{ [params.sort]: params.dir }, { id: "asc" }];
  return {
    findMany: {
      where,
      orderBy,
      skip: (params.page - 1) * params.size,
      take: params.size,
      select: {
        id: true,
        email: true,
        firstName: true,
        lastName: true,
        lastLoginAt: true,
        status: true,
        isAgent: true,
      },
    } satisfies Prisma.StaffUserFindManyArgs,
    count: { where } satisfies Prisma.StaffUserCountArgs,
  };
}
