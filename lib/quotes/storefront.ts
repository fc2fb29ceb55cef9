import "server-only";

import { recordAudit, type Actor } from "@/lib/audit/record";
import { prisma, transaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { documentScope } from "@/lib/shop-access/service";

import { CUSTOMER_QUOTE_STATUSES, isExpired } from "./status";

type Customer = { id: string; companyId: string };
export const SHOP_QUOTES_SIZE = 20;
const visible = { status: { in: [...CUSTOMER_QUOTE_STATUSES] } };

/** "My quotes": sent and settled quotes the customer user's roles let them see. */
export async function listMyQuotes(customer: Customer, page: number) {
  const scope = await documentScope(customer, "quote", "VIEW");
  if (!scope) return { rows: [], total: 0 };
  const where = { ...scope, ...visible };
  const [rows, total] = await Promise.all([
    prisma.quote.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * SHOP_QUOTES_SIZE,
      take: SHOP_QUOTES_SIZE,
      select: { id: true, number: true, status: true, total: true, currency: true, validUntil: true, createdAt: true },
    }),
    prisma.quote.count({ where }),
  ]);
  return { rows, total };
}

/** One quote the customer user may see, with its lines, and whether their roles let them accept or decline it. */
export async function getMyQuote(customer: Customer, number: string) {
  const scope = await documentScope(customer, "quote", "VIEW");
  if (!scope) return null;
  const quote = await prisma.quote.findFirst({
    where: { number, ...scope, ...visible },
    select: {
      id: true,
      number: true,
      status: true,
      total: true,
      currency: true,
      validUntil: true,
      createdAt: true,
      companyId: true,
      customerUserId: true,
      requestForQuote: { select: { number: true } },
      lines: {
        orderBy: { id: "asc" },
        select: { id: true, sku: true, name: true, quantity: true, unitPrice: true, lineTotal: true },
      },
    },
  });
  if (!quote) return null;
  const edit = await documentScope(customer, "quote", "EDIT");
  const mayDecide =
    !!edit &&
    ("customerUserId" in edit
      ? edit.customerUserId === quote.customerUserId
      : edit.companyId.in.includes(quote.companyId));
  return { ...quote, mayDecide };
}

/**
 * Moves an open, unexpired quote to its outcome; another company's quote is simply "not found". Accepting
 * happens only at checkout, in the transaction that places the order (lib/orders/checkout.ts).
 */
export async function settle(
  tx: Tx,
  customer: Customer,
  where: { number: string } | { id: string },
  now: Date,
  to: "ACCEPTED" | "DECLINED",
) {
  const scope = await documentScope(customer, "quote", "EDIT");
  if (!scope) throw new DomainError("notFound");
  const quote = await tx.quote.findFirst({
    where: { ...where, ...scope, ...visible },
    select: {
      id: true,
      number: true,
      status: true,
      validUntil: true,
      companyId: true,
      currency: true,
      total: true,
      requestForQuote: { select: { poNumber: true } },
      lines: {
        orderBy: { id: "asc" },
        select: { sku: true, name: true, quantity: true, unitPrice: true, lineTotal: true },
      },
    },
  });
  if (!quote) throw new DomainError("notFound");
  if (quote.status !== "SENT") throw new DomainError("quoteNotOpen");
  if (isExpired(quote.validUntil, now)) throw new DomainError("quoteExpired");
  // the status check and the change are one statement, so two clicks cannot both win
  const claimed = await tx.quote.updateMany({ where: { id: quote.id, status: "SENT" }, data: { status: to } });
  if (claimed.count === 0) throw new DomainError("quoteNotOpen");
  return quote;
}

/** An open quote the customer user may accept, as checkout shows it; anything else is "not found". */
export async function getQuoteForCheckout(customer: Customer, id: string, now = new Date()) {
  const scope = await documentScope(customer, "quote", "EDIT");
  if (!scope) return null;
  const quote = await prisma.quote.findFirst({
    where: { id, ...scope, status: "SENT" },
    select: {
      id: true,
      number: true,
      currency: true,
      total: true,
      validUntil: true,
      lines: {
        orderBy: { id: "asc" },
        select: { id: true, sku: true, name: true, quantity: true, unitPrice: true, lineTotal: true },
      },
    },
  });
  return quote && !isExpired(quote.validUntil, now) ? quote : null;
}

/** Declining settles the quote; like accepting at checkout, only an open, unexpired quote can be declined. */
export async function declineQuote(actor: Actor, customer: Customer, number: string, now = new Date()): Promise<void> {
  await transaction(async (tx) => {
    const quote = await settle(tx, customer, { number }, now, "DECLINED");
    await recordAudit(tx, actor, {
      entity: "quote",
      entityId: quote.id,
      action: "update",
      before: { status: "SENT" },
      after: { status: "DECLINED" },
    });
  });
}
