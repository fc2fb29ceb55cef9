import "server-only";
import { prisma } from "@/lib/db";
import { isLocked } from "./lockout";
import type { CustomerUserListParams } from "./params";
import { customerUserQuery, type PasswordStatus } from "./query";

export type CustomerUserRow = {
  id: string; companyId: string; company: string; firstName: string; lastName: string; email: string;
  enabled: boolean; confirmed: boolean; passwordStatus: PasswordStatus; locked: boolean; website: string;
};

type Website = { id: string; name: string };

/**
 * One page of the customer users grid: every filter, the sort and the page run in SQL. The website
 * names come from the website filter's options, which the grid needs anyway: one round trip less.
 */
export async function listCustomerUsers(params: CustomerUserListParams): Promise<{ rows: CustomerUserRow[]; total: number; websites: Website[] }> {
  const query = customerUserQuery(params);
  const [rows, total, websites] = await Promise.all([prisma.customerUser.findMany(query.findMany), prisma.customerUser.count(query.count), listWebsiteOptions()]);
  const names = new Map(websites.map((w) => [w.id, w.name]));
  return { rows: rows.map(({ company, websiteId, lockedUntil, ...r }) => ({ ...r, locked: isLocked({ locked: r.locked, lockedUntil }), company: company.name, website: names.get(websiteId) ?? "" })), total, websites };
}

export async function listWebsiteOptions(): Promise<Website[]> {
  return prisma.website.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
