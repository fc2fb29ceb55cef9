import "server-only";
import { prisma } from "@/lib/db";
import type { OrderStatus, Prisma } from "@/lib/generated/prisma/client";
import type { OrderListParams } from "./params";
import { containsText, containsLower } from "@/lib/grid/text";

export type AdminOrderRow = {
  id: string; number: string; status: OrderStatus; currency: string; total: number; createdAt: Date;
  company: { id: string; name: string };
  customerUser: { id: string; name: string; email: string } | null;
  createdBy: string | null;
};

/** The search covers the order number (prefix), the company's name and the buyer's e-mail. */
export function orderWhere(params: OrderListParams): Prisma.OrderWhereInput {
  const { q, filters } = params;
  return {
    ...(filters.status ? { status: filters.status as OrderStatus } : {}),
    ...(filters.createdBy === "staff" ? { createdByStaffUserId: { not: null } } : filters.createdBy === "customer" ? { createdByStaffUserId: null } : {}),
    ...(q ? {
      OR: [
        { number: { startsWith: q.toUpperCase() } },
        { company: { name: containsText(q) } },
        { customerUser: { email: containsLower(q) } },
      ],
    } : {}),
  };
}

export async function listAdminOrders(params: OrderListParams): Promise<{ rows: AdminOrderRow[]; total: number }> {
  const where = orderWhere(params);
  const [rows, total] = await Promise.all([
    prisma.order.findMany({
      where,
      orderBy: [{ [params.sort]: params.dir }, { id: params.dir }],
      skip: (params.page - 1) * params.size,
      take: params.size,
      select: {
        id: true, number: true, status: true, currency: true, total: true, createdAt: true,
        company: { select: { id: true, name: true } },
        customerUser: { select: { id: true, firstName: true, lastName: true, email: true } },
        createdByStaffUser: { select: { firstName: true, lastName: true } },
      },
    }),
    prisma.order.count({ where }),
  ]);
  return {
    total,
    rows: rows.map(({ customerUser: cu, createdByStaffUser: s, ...o }) => ({
      ...o,
      customerUser: cu ? { id: cu.id, name: `${cu.firstName} ${cu.lastName}`, email: cu.email } : null,
      createdBy: s ? `${s.firstName} ${s.lastName}` : null,
    })),
  };
}
