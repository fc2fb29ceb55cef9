import "server-only";

import { withParties, type Sees } from "@/lib/acl/visibility";
import { prisma } from "@/lib/db";
import type { Prisma, QuoteStatus } from "@/lib/generated/prisma/client";
import type { GridParams } from "@/lib/grid/params";
import { containsText } from "@/lib/grid/text";

export const QUOTE_STATUSES = [
  "DRAFT",
  "SENT",
  "ACCEPTED",
  "DECLINED",
  "EXPIRED",
] as const satisfies readonly QuoteStatus[];
export const QUOTE_SORTS = ["number", "createdAt", "validUntil", "total"] as const;
export const QUOTE_FILTERS = { status: QUOTE_STATUSES };
export type QuoteGridParams = GridParams<(typeof QUOTE_SORTS)[number], "status">;

/**
 * The back-office grid of quotes; search by number, company or customer user (the latter two for
 * viewers who may view them, as the rows show them), filtered, sorted and paged in SQL.
 */
export async function listQuotesForStaff(params: QuoteGridParams, sees: Sees) {
  const q = params.q;
  const where: Prisma.QuoteWhereInput = {
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
    ...(params.filters.status ? { status: params.filters.status as QuoteStatus } : {}),
  };
  const [rows, total] = await Promise.all([
    prisma.quote.findMany({
      where,
      orderBy: [{ [params.sort]: params.dir }, { id: "asc" }],
      skip: (params.page - 1) * params.size,
      take: params.size,
      select: {
        id: true,
        number: true,
        status: true,
        total: true,
        currency: true,
        validUntil: true,
        createdAt: true,
        company: { select: { id: true, name: true } },
        customerUser: { select: { id: true, firstName: true, lastName: true, email: true } },
        requestForQuote: { select: { number: true } },
      },
    }),
    prisma.quote.count({ where }),
  ]);
  return { rows: rows.map((r) => withParties(sees, r)), total };
}

/**
 * One quote with its lines, its request and who made it, for staff: its company, customer user and
 * the staff user who made it as far as the viewer may view them.
 */
export async function getQuoteForStaff(number: string, sees: Sees) {
  const quote = await prisma.quote.findUnique({
    where: { number },
    select: {
      id: true,
      number: true,
      status: true,
      total: true,
      currency: true,
      validUntil: true,
      createdAt: true,
      updatedAt: true,
      customerUserId: true,
      company: { select: { id: true, name: true } },
      customerUser: { select: { id: true, firstName: true, lastName: true, email: true } },
      requestForQuote: { select: { number: true } },
      createdByStaffUser: { select: { firstName: true, lastName: true } },
      lines: {
        orderBy: { id: "asc" },
        select: { id: true, sku: true, name: true, quantity: true, unitPrice: true, lineTotal: true },
      },
    },
  });
  return (
    quote && {
      ...withParties(sees, quote),
      createdByStaffUser: sees("users/user/view") ? quote.createdByStaffUser : null,
    }
  );
}
