import "server-only";

import type { Sees } from "@/lib/acl/visibility";
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

type Staff = { firstName: string; lastName: string };
/** The staff user a row names (who placed, wrote or signed in), for viewers who may view staff users; null for the others. */
const staffFor =
  (sees: Sees) =>
  <S extends Staff>(s: S | null): S | null =>
    sees("users/user/view") ? s : null;

// Every list is newest first with the id as tie-breaker, so a page boundary never repeats or skips a row.

export function listOrders(customerUserId: string, page: number, sees: Sees) {
  const where = { customerUserId };
  const staff = staffFor(sees);
  return paged(
    prisma.order
      .findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        ...window(page),
        select: {
          id: true,
          number: true,
          status: true,
          poNumber: true,
          currency: true,
          total: true,
          createdAt: true,
          createdByStaffUser: { select: { firstName: true, lastName: true } },
        },
      })
      .then((rows) => rows.map((r) => ({ ...r, createdByStaffUser: staff(r.createdByStaffUser) }))),
    prisma.order.count({ where }),
  );
}

export function listQuotes(customerUserId: string, page: number, sees: Sees) {
  const where = { customerUserId };
  const staff = staffFor(sees);
  return paged(
    prisma.quote
      .findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        ...window(page),
        select: {
          id: true,
          number: true,
          status: true,
          currency: true,
          total: true,
          validUntil: true,
          createdAt: true,
          createdByStaffUser: { select: { firstName: true, lastName: true } },
        },
      })
      .then((rows) => rows.map((r) => ({ ...r, createdByStaffUser: staff(r.createdByStaffUser) }))),
    prisma.quote.count({ where }),
  );
}

export function listRequestsForQuote(customerUserId: string, page: number) {
  const where = { customerUserId };
  return paged(
    prisma.requestForQuote.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...window(page),
      select: {
        id: true,
        number: true,
        status: true,
        poNumber: true,
        createdAt: true,
        _count: { select: { lines: true } },
      },
    }),
    prisma.requestForQuote.count({ where }),
  );
}

export function listShoppingLists(customerUserId: string, page: number) {
  const where = { customerUserId };
  return paged(
    prisma.shoppingList.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      ...window(page),
      select: { id: true, name: true, updatedAt: true, _count: { select: { lines: true } } },
    }),
    prisma.shoppingList.count({ where }),
  );
}

export function listConsents(customerUserId: string, page: number) {
  const where = { customerUserId };
  return paged(
    prisma.consentAcceptance.findMany({
      where,
      orderBy: [{ acceptedAt: "desc" }, { id: "desc" }],
      ...window(page),
      select: { id: true, acceptedAt: true, consent: { select: { name: true, mandatory: true } } },
    }),
    prisma.consentAcceptance.count({ where }),
  );
}

/** Mail to the user: subject, status and time, never the body, which may carry a one-time password. */
export function listEmails(customerUserId: string, page: number) {
  const where = { recipientType: CUSTOMER_USER_RECIPIENT, recipientId: customerUserId };
  return paged(
    prisma.emailMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...window(page),
      select: { id: true, subject: true, status: true, createdAt: true },
    }),
    prisma.emailMessage.count({ where }),
  );
}

/** Notes are the user's; their authors are staff users, named only to viewers who may view those. */
export function listNotes(customerUserId: string, page: number, sees: Sees) {
  const where = { customerUserId };
  const staff = staffFor(sees);
  return paged(
    prisma.customerUserNote
      .findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        ...window(page),
        select: {
          id: true,
          body: true,
          createdAt: true,
          author: { select: { firstName: true, lastName: true, email: true } },
        },
      })
      .then((rows) => rows.map((r) => ({ ...r, author: staff(r.author) }))),
    prisma.customerUserNote.count({ where }),
  );
}

/** The sessions in which staff signed in as the user, with who did it and why. */
export function listImpersonations(customerUserId: string, page: number, sees: Sees) {
  const where = { customerUserId };
  const staff = staffFor(sees);
  return paged(
    prisma.impersonationSession
      .findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        ...window(page),
        select: {
          id: true,
          purpose: true,
          reason: true,
          createdAt: true,
          startedAt: true,
          expiresAt: true,
          endedAt: true,
          staffUser: { select: { firstName: true, lastName: true, email: true } },
        },
      })
      .then((rows) => rows.map((r) => ({ ...r, staffUser: staff(r.staffUser) }))),
    prisma.impersonationSession.count({ where }),
  );
}
