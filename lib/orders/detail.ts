import "server-only";

import { prisma } from "@/lib/db";
import type { OrderStatus, Prisma } from "@/lib/generated/prisma/client";
import { addressLines, asSnapshot } from "@/lib/sales-documents/addresses";

export type OrderDetail = {
  id: string;
  number: string;
  status: OrderStatus;
  poNumber: string | null;
  currency: string;
  subtotal: number;
  total: number;
  createdAt: Date;
  company: { id: string; name: string };
  customerUser: { id: string; name: string; email: string } | null;
  createdBy: string | null;
  billing: string[];
  shipping: string[];
  lines: { id: string; sku: string; name: string; quantity: number; unitPrice: number; lineTotal: number }[];
};

/** One order with everything its pages show, found by a `where` the caller scopes; null when it matches none. */
export async function findOrderDetail(where: Prisma.OrderWhereInput): Promise<OrderDetail | null> {
  const o = await prisma.order.findFirst({
    where,
    select: {
      id: true,
      number: true,
      status: true,
      poNumber: true,
      currency: true,
      subtotal: true,
      total: true,
      createdAt: true,
      billingAddress: true,
      shippingAddress: true,
      company: { select: { id: true, name: true } },
      customerUser: { select: { id: true, firstName: true, lastName: true, email: true } },
      createdByStaffUser: { select: { firstName: true, lastName: true } },
      lines: {
        orderBy: { id: "asc" },
        select: { id: true, sku: true, name: true, quantity: true, unitPrice: true, lineTotal: true },
      },
    },
  });
  if (!o) return null;
  const cu = o.customerUser;
  return {
    id: o.id,
    number: o.number,
    status: o.status,
    poNumber: o.poNumber,
    currency: o.currency,
    subtotal: o.subtotal,
    total: o.total,
    createdAt: o.createdAt,
    company: o.company,
    customerUser: cu ? { id: cu.id, name: `${cu.firstName} ${cu.lastName}`, email: cu.email } : null,
    createdBy: o.createdByStaffUser ? `${o.createdByStaffUser.firstName} ${o.createdByStaffUser.lastName}` : null,
    billing: addressLines(asSnapshot(o.billingAddress)),
    shipping: addressLines(asSnapshot(o.shippingAddress)),
    lines: o.lines,
  };
}
