import "server-only";
import { prisma } from "@/lib/db";
import { TAB_PAGE_SIZE } from "./tabs";

/** The recipient type under which mail to a customer user is recorded in the outbox. */
export const CUSTOMER_USER_RECIPIENT = "customer-user";

type Page<T> = { rows: T[]; total: number };
const window = (page: number) => ({ skip: (page - 1) * TAB_PAGE_SIZE, take: TAB_PAGE_SIZE });

async function paged<T>(rows: Promise<T[]>, total: Promise<number>): Promise<Page<T>> {
  const [r, n] = await Promise.all([rows, total]);
  return { rows: r, total: n };
}

// Every list is newest first with the id as tie-breaker, so a page boundary never repeats or skips a row.

export function listOrders(customerUserId: string, page: number) {
  const where = { customerUserId };
  return paged(
    prisma.order.findMany({
      where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...window(page),
      select: { id: true, number: true, status: true, poNumber: true, currency: true, total: true, createdAt: true, createdByStaffUser: { select: { firstName: true, lastName: true } } },
    }),
    prisma.order.count({ where }),
  );
}

export function listQuotes(customerUserId: string, page: number) {
  const where = { customerUserId };
  return paged(
    prisma.quote.findMany({
      where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...window(page),
      select: { id: true, number: true, status: true, currency: true, total: true, validUntil: true, createdAt: true, createdByStaffUser: { select: { firstName: true, lastName: true } } },
    }),
    prisma.quote.count({ where }),
  );
}

export function listRequestsForQuote(customerUserId: string, page: number) {
  const where = { customerUserId };
  return paged(
    prisma.requestForQuote.findMany({
      where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...window(page),
      select: { id: true, number: true, status: true, poNumber: true, createdAt: true, _count: { select: { lines: true } } },
    }),
    prisma.requestForQuote.count({ where }),
  );
}

export function listShoppingLists(customerUserId: string, page: number) {
  const where = { customerUserId };
  return paged(
    prisma.shoppingList.findMany({
      where, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], ...window(page),
      select: { id: true, name: true, updatedAt: true, _count: { select: { lines: true } } },
    }),
    prisma.shoppingList.count({ where }),
  );
}

export function listConsents(customerUserId: string, page: number) {
  const where = { customerUserId };
  return paged(
    prisma.consentAcceptance.findMany({
      where, orderBy: [{ acceptedAt: "desc" }, { id: "desc" }], ...window(page),
      select: { id: true, acceptedAt: true, consent: { select: { name: true, mandatory: true } } },
    }),
    prisma.consentAcceptance.count({ where }),
  );
}

/** Mail to the user: subject, status and time, never the body, which may carry a one-time password. */
export function listEmails(customerUserId: string, page: number) {
  const where = { recipientType: CUSTOMER_USER_RECIPIENT, recipientId: customerUserId };
  return paged(
    prisma.emailMessage.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...window(page), select: { id: true, subject: true, status: true, createdAt: true } }),
    prisma.emailMessage.count({ where }),
  );
}

export function listNotes(customerUserId: string, page: number) {
  const where = { customerUserId };
  return paged(
    prisma.customerUserNote.findMany({
      where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...window(page),
      select: { id: true, body: true, createdAt: true, author: { select: { firstName: true, lastName: true, email: true } } },
    }),
    prisma.customerUserNote.count({ where }),
  );
}

/** The sessions in which staff signed in as the user, with who did it and why. */
export function listImpersonations(customerUserId: string, page: number) {
  const where = { customerUserId };
  return paged(
    prisma.impersonationSession.findMany({
      where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...window(page),
      select: { id: true, purpose: true, reason: true, createdAt: true, startedAt: true, expiresAt: true, endedAt: true, staffUser: { select: { firstName: true, lastName: true, email: true } } },
    }),
    prisma.impersonationSession.count({ where }),
  );
}
