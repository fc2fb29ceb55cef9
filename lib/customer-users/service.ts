import "server-only";

import type { Sees } from "@/lib/acl/visibility";
import { prisma } from "@/lib/db";
import { isLocked } from "@/lib/identity/shop-lockout";

import type { CustomerUserListParams } from "./params";
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

/**
 * One page of the customer users grid: every filter, the sort and the page run in SQL, the rows
 * (with company and website names) and the count as two statements side by side. For a viewer who
 * may not view companies the company is neither shown nor filtered or sorted by (which would tell
 * its name letter by letter).
 */
export async function listCustomerUsers(
  params: CustomerUserListParams,
  sees: Sees,
): Promise<{ rows: CustomerUserRow[]; total: number; websites: Website[] }> {
  const companies = sees("customers/company/view");
  const query = customerUserQuery(companies ? params : withoutCompany(params));
  const [rows, [count], websites] = await Promise.all([
    prisma.$queryRaw<CustomerUserGridRow[]>(query.rows),
    prisma.$queryRaw<{ total: number }[]>(query.count),
    listWebsiteOptions(),
  ]);
  return {
    rows: rows.map(({ lockedUntil, company, ...r }) => ({
      ...r,
      company: companies ? company : null,
      locked: isLocked({ locked: r.locked, lockedUntil }),
    })),
    total: count?.total ?? 0,
    websites,
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
