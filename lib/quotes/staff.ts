import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma, QuoteStatus } from "@/lib/generated/prisma/client";
import type { GridParams } from "@/lib/grid/params";
import { containsText } from "@/lib/grid/text";

export const QUOTE_STATUSES = ["DRAFT", "SENT", "ACCEPTED", "DECLINED", "EXPIRED"] as const satisfies readonly QuoteStatus[];
export const QUOTE_SORTS = ["number", "createdAt", "validUntil", "total"] as const;
export const QUOTE_FILTERS = { status: QUOTE_STATUSES };
export type QuoteGridParams = GridParams<(typeof QUOTE_SORTS)[number], "status">;

/** The back-office grid of quotes; search by number, company or customer user, filtered, sorted and paged in SQL. */
export async function listQuotesForStaff(params: QuoteGridParams) {
  const q = params.q;
  const where: Prisma.QuoteWhereInput = {
    ...(q ? { OR: [
      { number: containsText(q) }, { company: { name: containsText(q) } },
      { customerUser: { email: containsText(q) } }, { customerUser: { lastName: containsText(q) } },
    ] } : {}),
    ...(params.filters.status ? { status: params.filters.status as QuoteStatus } : {}),
  };
  const [rows, total] = await Promise.all([
    prisma.quote.findMany({
      where, orderBy: [{ [params.sort]: params.dir }, { id: "asc" }], skip: (params.page - 1) * params.size, take: params.size,
      select: {
        id: true, number: true, status: true, total: true, currency: true, validUntil: true, createdAt: true,
        company: { select: { id: true, name: true } }, customerUser: { select: { id: true, firstName: true, lastName: true, email: true } },
        requestForQuote: { select: { number: true } },
      },
    }),
    prisma.quote.count({ where }),
  ]);
  return { rows, total };
}

/** One quote with its lines, its request and who made it, for staff. */
export function getQuoteForStaff(number: string) {
  return prisma.quote.findUnique({
    where: { number },
    select: {
      id: true, number: true, status: true, total: true, currency: true, validUntil: true, createdAt: true, updatedAt: true,
      company: { select: { id: true, name: true } }, customerUser: { select: { id: true, firstName: true, lastName: true, email: true } },
      requestForQuote: { select: { number: true } }, createdByStaffUser: { select: { firstName: true, lastName: true } },
      lines: { orderBy: { id: "asc" }, select: { id: true, sku: true, name: true, quantity: true, unitPrice: true, lineTotal: true } },
    },
  });
}
