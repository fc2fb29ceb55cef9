import "server-only";

import type { Sees } from "@/lib/acl/visibility";
import { prisma } from "@/lib/db";
import type { OrderStatus, Prisma } from "@/lib/generated/prisma/client";
import { containsLower, containsText } from "@/lib/grid/text";

import { findOrderDetail, type OrderDetail } from "./detail";
import type { OrderListParams } from "./params";

/** Company, buyer and the staff user who placed it are null for a viewer who may not view their resource. */
export type AdminOrderRow = {
  id: string;
  number: string;
  status: OrderStatus;
  currency: string;
  total: number;
  createdAt: Date;
  company: { id: string; name: string } | null;
  customerUser: { id: string; name: string; email: string } | null;
  createdBy: string | null;
};

/** The search covers the order number (prefix), and the company's name and the buyer's e-mail for viewers who may view those. */
export function orderWhere(params: OrderListParams, sees: Sees): Prisma.OrderWhereInput {
  const { q, filters } = params;
  return {
    ...(filters.status ? { status: filters.status as OrderStatus } : {}),
    ...(filters.createdBy === "staff"
      ? { createdByStaffUserId: { not: null } }
      : filters.createdBy === "customer"
        ? { createdByStaffUserId: null }
        : {}),
    ...(q
      ? {
          OR: [
            { number: { startsWith: q.toUpperCase() } },
            ...(sees("customers/company/view") ? [{ company: { name: containsText(q) } }] : []),
            ...(sees("customers/customer-user/view") ? [{ customerUser: { email: containsLower(q) } }] : []),
          ],
        }
      : {}),
  };
}

export async function listAdminOrders(
  params: OrderListParams,
  sees: Sees,
): Promise<{ rows: AdminOrderRow[]; total: number }> {
  const where = orderWhere(params, sees);
  const [rows, total] = await Promise.all([
    prisma.order.findMany({
      where,
      orderBy: [{ [params.sort]: params.dir }, { id: params.dir }],
      skip: (params.page - 1) * params.size,
      take: params.size,
      select: {
        id: true,
        number: true,
        status: true,
        currency: true,
        total: true,
        createdAt: true,
        company: { select: { id: true, name: true } },
        customerUser: { select: { id: true, firstName: true, lastName: true, email: true } },
        createdByStaffUser: { select: { firstName: true, lastName: true } },
      },
    }),
    prisma.order.count({ where }),
  ]);
  return {
    total,
    rows: rows.map(({ company, customerUser: cu, createdByStaffUser: s, ...o }) => ({
      ...o,
      company: sees("customers/company/view") ? company : null,
      customerUser:
        cu && sees("customers/customer-user/view")
          ? { id: cu.id, name: `${cu.firstName} ${cu.lastName}`, email: cu.email }
          : null,
      createdBy: s && sees("users/user/view") ? `${s.firstName} ${s.lastName}` : null,
    })),
  };
}

/** One order for a back-office page: the company, buyer and staff user who placed it only as far as the viewer may view those. */
export async function findOrderForStaff(id: string, sees: Sees): Promise<StaffOrderDetail | null> {
  const o = await findOrderDetail({ id });
  return (
    o && {
      ...o,
      company: sees("customers/company/view") ? o.company : null,
      customerUser: sees("customers/customer-user/view") ? o.customerUser : null,
      createdBy: sees("users/user/view") ? o.createdBy : null,
    }
  );
}

export type StaffOrderDetail = Omit<OrderDetail, "company"> & { company: OrderDetail["company"] | null };
