import "server-only";

import { withParties, type Sees } from "@/lib/acl/visibility";
import { prisma } from "@/lib/db";
import type { Prisma, RequestForQuoteStatus } from "@/lib/generated/prisma/client";
import type { GridParams } from "@/lib/grid/params";
import { containsText } from "@/lib/grid/text";
import { documentScope } from "@/lib/shop-access/service";

export const RFQ_STATUSES = [
  "SUBMITTED",
  "PROCESSING",
  "QUOTED",
  "CANCELLED",
] as const satisfies readonly RequestForQuoteStatus[];
export const RFQ_SORTS = ["number", "createdAt"] as const;
export const RFQ_FILTERS = { status: RFQ_STATUSES };
export type RfqGridParams = GridParams<(typeof RFQ_SORTS)[number], "status">;
export const SHOP_LIST_SIZE = 20;

const LINES = {
  orderBy: { id: "asc" },
  select: { id: true, sku: true, name: true, quantity: true, targetPrice: true },
} as const;
const QUOTES = {
  orderBy: { createdAt: "desc" },
  select: { id: true, number: true, status: true, total: true, currency: true, validUntil: true },
} as const;

/**
 * The back-office grid of requests for quote; search by number, company or customer user (the
 * latter two for viewers who may view them, as the rows show them), filtered and paged in SQL.
 */
export async function listRequestsForStaff(params: RfqGridParams, sees: Sees) {
  const q = params.q;
  const where: Prisma.RequestForQuoteWhereInput = {
    ...(q
      ? {
          OR: [
            { number: containsText(q) },
            ...(sees("customers/company/view") ? [{ company: { name: containsText(q) } }] : []),
            ...(sees("customers/customer-user/view")
              ? [{ customerUser: { email: containsText(q) } }, { customerUser: { lastName: containsText(q) } }]
              : []),
          ],
        }
      : {}),
    ...(params.filters.status ? { status: params.filters.status as RequestForQuoteStatus } : {}),
  };
  const [rows, total] = await Promise.all([
    prisma.requestForQuote.findMany({
      where,
      orderBy: [{ [params.sort]: params.dir }, { id: "asc" }],
      skip: (params.page - 1) * params.size,
      take: params.size,
      select: {
        id: true,
        number: true,
        status: true,
        createdAt: true,
        company: { select: { id: true, name: true } },
        customerUser: { select: { id: true, firstName: true, lastName: true, email: true } },
      },
    }),
    prisma.requestForQuote.count({ where }),
  ]);
  return { rows: rows.map((r) => withParties(sees, r)), total };
}

/** One request with its lines and the quotes made for it, for staff; its company and customer user as far as the viewer may view them. */
export async function getRequestForStaff(number: string, sees: Sees) {
  const rfq = await prisma.requestForQuote.findUnique({
    where: { number },
    select: {
      id: true,
      number: true,
      status: true,
      poNumber: true,
      note: true,
      createdAt: true,
      customerUserId: true,
      company: { select: { id: true, name: true } },
      customerUser: { select: { id: true, firstName: true, lastName: true, email: true } },
      lines: LINES,
      quotes: QUOTES,
    },
  });
  return rfq && withParties(sees, rfq);
}

type Customer = { id: string; companyId: string };

/** "My requests": the ones the customer user's roles let them see (their own, or their company's). */
export async function listMyRequests(customer: Customer, page: number) {
  const scope = await documentScope(customer, "request-for-quote", "VIEW");
  if (!scope) return { rows: [], total: 0 };
  const [rows, total] = await Promise.all([
    prisma.requestForQuote.findMany({
      where: scope,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * SHOP_LIST_SIZE,
      take: SHOP_LIST_SIZE,
      select: {
        id: true,
        number: true,
        status: true,
        poNumber: true,
        createdAt: true,
        _count: { select: { lines: true } },
        customerUser: { select: { firstName: true, lastName: true } },
      },
    }),
    prisma.requestForQuote.count({ where: scope }),
  ]);
  return { rows, total };
}

/** One request the customer user may see, with the quotes already sent for it; null otherwise. */
export async function getMyRequest(customer: Customer, number: string) {
  const scope = await documentScope(customer, "request-for-quote", "VIEW");
  if (!scope) return null;
  return prisma.requestForQuote.findFirst({
    where: { number, ...scope },
    select: {
      id: true,
      number: true,
      status: true,
      poNumber: true,
      note: true,
      createdAt: true,
      lines: LINES,
      quotes: { ...QUOTES, where: { status: { not: "DRAFT" } } },
    },
  });
}
