import "server-only";
import { prisma } from "@/lib/db";
import type { CustomerUserListParams } from "./params";
import { customerUserQuery, type PasswordStatus } from "./query";

export type CustomerUserRow = {
  id: string; companyId: string; company: string; firstName: string; lastName: string; email: string;
  enabled: boolean; confirmed: boolean; passwordStatus: PasswordStatus; locked: boolean; website: string;
};

/** One page of the customer users grid: every filter, the sort and the page run in SQL. */
export async function listCustomerUsers(params: CustomerUserListParams): Promise<{ rows: CustomerUserRow[]; total: number }> {
  const query = customerUserQuery(params);
  const [rows, total] = await Promise.all([prisma.customerUser.findMany(query.findMany), prisma.customerUser.count(query.count)]);
  return { rows: rows.map(({ company, website, ...r }) => ({ ...r, company: company.name, website: website.name })), total };
}
export async function listWebsiteOptions(): Promise<{ id: string; name: string }[]> {
  return prisma.website.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
