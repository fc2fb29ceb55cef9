import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CustomerUserListParams, CustomerUserSort } from "./params";

export type CustomerUserRow = {
  id: string; companyId: string; company: string; firstName: string; lastName: string; email: string;
  enabled: boolean; confirmed: boolean; passwordStatus: "ACTIVE" | "RESET" | "EXPIRED"; locked: boolean; website: string;
};

const yesNo = (v: string | undefined) => (v === "yes" ? true : v === "no" ? false : undefined);
const contains = (v: string | undefined) => (v ? { contains: v, mode: "insensitive" as const } : undefined);

/** Every filter maps to one indexed predicate: trigram indexes serve "contains", the rest are equality. */
export function customerUserWhere(f: CustomerUserListParams["filters"]): Prisma.CustomerUserWhereInput {
  return {
    ...(f.company ? { company: { name: contains(f.company) } } : {}),
    ...(f.firstName ? { firstName: contains(f.firstName) } : {}),
    ...(f.lastName ? { lastName: contains(f.lastName) } : {}),
    // e-mails are stored lower-cased, so a lower-cased needle needs no case folding in SQL
    ...(f.email ? { email: { contains: f.email.toLowerCase() } } : {}),
    ...(yesNo(f.enabled) !== undefined ? { enabled: yesNo(f.enabled) } : {}),
    ...(yesNo(f.confirmed) !== undefined ? { confirmed: yesNo(f.confirmed) } : {}),
    ...(yesNo(f.locked) !== undefined ? { locked: yesNo(f.locked) } : {}),
    ...(f.passwordStatus ? { passwordStatus: f.passwordStatus as CustomerUserRow["passwordStatus"] } : {}),
    ...(f.website ? { websiteId: f.website } : {}),
  };
}

function orderBy(sort: CustomerUserSort, dir: "asc" | "desc"): Prisma.CustomerUserOrderByWithRelationInput[] {
  const primary: Prisma.CustomerUserOrderByWithRelationInput =
    sort === "company" ? { company: { name: dir } } : sort === "website" ? { website: { name: dir } } : { [sort]: dir };
  // the id tie-break keeps pages stable and matches the (column, id) indexes
  return [primary, { id: dir }];
}

/** One page of the customer users grid: every filter, the sort and the page run in SQL. */
export async function listCustomerUsers(params: CustomerUserListParams): Promise<{ rows: CustomerUserRow[]; total: number }> {
  const where = customerUserWhere(params.filters);
  const [rows, total] = await Promise.all([
    prisma.customerUser.findMany({
      where,
      orderBy: orderBy(params.sort, params.dir),
      skip: (params.page - 1) * params.size,
      take: params.size,
      select: {
        id: true, companyId: true, firstName: true, lastName: true, email: true, enabled: true, confirmed: true,
        passwordStatus: true, locked: true, company: { select: { name: true } }, website: { select: { name: true } },
      },
    }),
    prisma.customerUser.count({ where }),
  ]);
  return { rows: rows.map(({ company, website, ...r }) => ({ ...r, company: company.name, website: website.name })), total };
}

export async function listWebsiteOptions(): Promise<{ id: string; name: string }[]> {
  return prisma.website.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
