import "server-only";
import { prisma } from "@/lib/db";
import { isLocked } from "./lockout";
import type { CustomerUserListParams } from "./params";
import { customerUserQuery, type CustomerUserGridRow, type PasswordStatus } from "./query";

export type CustomerUserRow = {
  id: string; companyId: string; company: string; firstName: string; lastName: string; email: string;
  enabled: boolean; confirmed: boolean; passwordStatus: PasswordStatus; locked: boolean; website: string;
};

type Website = { id: string; name: string };

/**
 * One page of the customer users grid: every filter, the sort and the page run in SQL, the rows
 * (with company and website names) and the count as two statements side by side.
 */
export async function listCustomerUsers(params: CustomerUserListParams): Promise<{ rows: CustomerUserRow[]; total: number; websites: Website[] }> {
  const query = customerUserQuery(params);
  const [rows, [count], websites] = await Promise.all([
    prisma.$queryRaw<CustomerUserGridRow[]>(query.rows),
    prisma.$queryRaw<{ total: number }[]>(query.count),
    listWebsiteOptions(),
  ]);
  return { rows: rows.map(({ lockedUntil, ...r }) => ({ ...r, locked: isLocked({ locked: r.locked, lockedUntil }) })), total: count?.total ?? 0, websites };
}

export async function listWebsiteOptions(): Promise<Website[]> {
  return prisma.website.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
