import "server-only";

import type { Sees } from "@/lib/acl/visibility";
import { utcDayRange } from "@/lib/audit/params";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

import type { LoginAttemptListParams } from "./params";

export type LoginAttemptRow = {
  id: string;
  at: Date;
  /** what was typed; null when it named a customer user the viewer may not view */
  email: string | null;
  website: string;
  customerUser: { id: string; name: string } | null;
  success: boolean;
  source: string;
  ip: string | null;
};

/** Every filter is one indexed predicate: (email, createdAt), (customerUserId, createdAt), (websiteId, createdAt), (createdAt, id). */
export function loginAttemptWhere(f: LoginAttemptListParams["filters"]): Prisma.CustomerLoginAttemptWhereInput {
  const range = utcDayRange(f.from, f.to);
  return {
    ...(f.email ? { email: f.email } : {}),
    ...(f.result ? { success: f.result === "success" } : {}),
    ...(f.source ? { source: f.source as "STOREFRONT" | "API" | "IMPERSONATION" } : {}),
    ...(f.website ? { websiteId: f.website } : {}),
    ...(f.customerUserId ? { customerUserId: f.customerUserId } : {}),
    ...(range ? { createdAt: range } : {}),
  };
}

/**
 * One page of sign-in attempts. An attempt that matched a customer user names them (and its e-mail
 * is theirs): both only for a viewer who may view customer users.
 */
export async function listLoginAttempts(
  params: LoginAttemptListParams,
  sees: Sees,
): Promise<{ rows: LoginAttemptRow[]; total: number }> {
  const customers = sees("customers/customer-user/view");
  const where = loginAttemptWhere(params.filters);
  const [rows, total] = await Promise.all([
    prisma.customerLoginAttempt.findMany({
      where,
      orderBy: [{ createdAt: params.dir }, { id: params.dir }],
      skip: (params.page - 1) * params.size,
      take: params.size,
      select: {
        id: true,
        createdAt: true,
        email: true,
        success: true,
        source: true,
        ip: true,
        website: { select: { name: true } },
        customerUser: { select: { id: true, firstName: true, lastName: true } },
      },
    }),
    prisma.customerLoginAttempt.count({ where }),
  ]);
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      at: r.createdAt,
      email: r.customerUser && !customers ? null : r.email,
      website: r.website.name,
      success: r.success,
      source: r.source,
      ip: r.ip,
      customerUser:
        r.customerUser && customers
          ? { id: r.customerUser.id, name: `${r.customerUser.firstName} ${r.customerUser.lastName}` }
          : null,
    })),
  };
}

export const websiteOptions = () =>
  prisma.website.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
