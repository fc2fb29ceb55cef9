import "server-only";

import { prisma } from "@/lib/db";
import type { OrderStatus } from "@/lib/generated/prisma/client";
import { documentScope } from "@/lib/shop-access/service";

import { findOrderDetail, type OrderDetail } from "./detail";

export const SHOP_ORDERS_PAGE_SIZE = 20;
type Customer = { id: string; companyId: string };
export type ShopOrderRow = {
  id: string;
  number: string;
  status: OrderStatus;
  poNumber: string | null;
  currency: string;
  total: number;
  createdAt: Date;
  buyer: string | null;
};

/**
 * The orders a customer user may see: their own, or their company's (and its subsidiaries') when
 * their role's order VIEW level says so. The scope is a `where` on the query, never a filter afterwards.
 */
export async function listShopOrders(
  customer: Customer,
  page: number,
): Promise<{ rows: ShopOrderRow[]; total: number } | null> {
  const scope = await documentScope(customer, "order", "VIEW");
  if (!scope) return null;
  const [rows, total] = await Promise.all([
    prisma.order.findMany({
      where: scope,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * SHOP_ORDERS_PAGE_SIZE,
      take: SHOP_ORDERS_PAGE_SIZE,
      select: {
        id: true,
        number: true,
        status: true,
        poNumber: true,
        currency: true,
        total: true,
        createdAt: true,
        customerUser: { select: { firstName: true, lastName: true } },
      },
    }),
    prisma.order.count({ where: scope }),
  ]);
  return {
    total,
    rows: rows.map(({ customerUser: cu, ...o }) => ({ ...o, buyer: cu ? `${cu.firstName} ${cu.lastName}` : null })),
  };
}

/** An order page: an order outside the customer's scope answers exactly like a missing one. */
export async function getShopOrder(customer: Customer, number: string): Promise<OrderDetail | null> {
  const scope = await documentScope(customer, "order", "VIEW");
  return scope ? findOrderDetail({ AND: [scope, { number }] }) : null;
}
