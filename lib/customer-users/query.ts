import type { Prisma } from "@/lib/generated/prisma/client";
import type { CustomerUserListParams, CustomerUserSort } from "./params";
import { containsText, containsLower } from "@/lib/grid/text";

export type PasswordStatus = "ACTIVE" | "RESET" | "EXPIRED";

const yesNo = (v: string | undefined) => (v === "yes" ? true : v === "no" ? false : undefined);
const contains = (v: string | undefined) => (v ? containsText(v) : undefined);

/** Every filter maps to one indexed predicate: trigram indexes serve "contains", the rest are equality. */
export function customerUserWhere(f: CustomerUserListParams["filters"]): Prisma.CustomerUserWhereInput {
  return {
    ...(f.company ? { company: { name: contains(f.company) } } : {}),
    ...(f.firstName ? { firstName: contains(f.firstName) } : {}),
    ...(f.lastName ? { lastName: contains(f.lastName) } : {}),
    // e-mails are stored lower-cased, so a lower-cased needle needs no case folding in SQL
    ...(f.email ? { email: containsLower(f.email) } : {}),
    ...(yesNo(f.enabled) !== undefined ? { enabled: yesNo(f.enabled) } : {}),
    ...(yesNo(f.confirmed) !== undefined ? { confirmed: yesNo(f.confirmed) } : {}),
    // a lockout after failed sign-ins (lockedUntil still ahead) counts as locked as much as the flag does
    ...(yesNo(f.locked) === true ? { OR: [{ locked: true }, { lockedUntil: { gt: new Date() } }] } : {}),
    ...(yesNo(f.locked) === false ? { locked: false, OR: [{ lockedUntil: null }, { lockedUntil: { lte: new Date() } }] } : {}),
    ...(f.passwordStatus ? { passwordStatus: f.passwordStatus as PasswordStatus } : {}),
    ...(f.website ? { websiteId: f.website } : {}),
    ...(f.companyId ? { companyId: f.companyId } : {}),
  };
}

export function customerUserOrder(sort: CustomerUserSort, dir: "asc" | "desc"): Prisma.CustomerUserOrderByWithRelationInput[] {
  const primary: Prisma.CustomerUserOrderByWithRelationInput =
    sort === "company" ? { company: { name: dir } } : sort === "website" ? { website: { name: dir } } : { [sort]: dir };
  // the id tie-break keeps pages stable and matches the (column, id) indexes
  return [primary, { id: dir }];
}

export const CUSTOMER_USER_SELECT = {
  id: true, companyId: true, firstName: true, lastName: true, email: true, enabled: true, confirmed: true,
  passwordStatus: true, locked: true, lockedUntil: true, websiteId: true, company: { select: { name: true } },
} satisfies Prisma.CustomerUserSelect;

/** The Prisma arguments of one grid page and its count; the benchmark replays exactly these. */
export function customerUserQuery(params: CustomerUserListParams) {
  const where = customerUserWhere(params.filters);
  return {
    findMany: { where, orderBy: customerUserOrder(params.sort, params.dir), skip: (params.page - 1) * params.size, take: params.size, select: CUSTOMER_USER_SELECT },
    count: { where },
  };
}
