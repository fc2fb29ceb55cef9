import "server-only";

import type { Sees } from "@/lib/acl/visibility";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { isUniqueViolation, prisma, transaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { containsLower, containsText } from "@/lib/grid/text";

import type { SaveCustomerAssignmentValues } from "./schema";

export const ASSIGNMENT_PAGE_SIZE = 25;

export type AssignmentQuery = { q: string; page: number; size?: number };
export type Holder = { id: string; firstName: string; lastName: string; email: string };
export type AssignableCustomer = {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  /** null for a viewer who may not view companies */
  companyName: string | null;
  /** whether a staff user holds this customer user now */
  held: boolean;
  /** who: null when nobody does or the viewer may not view staff users */
  holder: Holder | null;
};

const HOLDER = { select: { id: true, firstName: true, lastName: true, email: true } } as const;
const CUSTOMER = {
  id: true,
  firstName: true,
  lastName: true,
  email: true,
  company: { select: { name: true } },
  staffAssignment: { select: { staffUser: HOLDER } },
} as const satisfies Prisma.CustomerUserSelect;

type CustomerRecord = Prisma.CustomerUserGetPayload<{ select: typeof CUSTOMER }>;
/** A row as the viewer may see it: the company and the holder are other resources' data. */
const toRow =
  (sees: Sees) =>
  ({ company, staffAssignment, ...c }: CustomerRecord): AssignableCustomer => ({
    ...c,
    companyName: sees("customers/company/view") ? company.name : null,
    held: !!staffAssignment,
    holder: sees("users/user/view") ? (staffAssignment?.staffUser ?? null) : null,
  });

/**
 * Every word typed must match the first or last name, the e-mail or the company (for viewers who
 * may view companies), so "anna north" finds Anna at Northwind.
 */
function customerSearch(q: string, sees: Sees): Prisma.CustomerUserWhereInput {
  const words = q.split(/\s+/).filter(Boolean).slice(0, 5);
  const companies = sees("customers/company/view");
  return {
    AND: words.map((w) => ({
      OR: [
        { firstName: containsText(w) },
        { lastName: containsText(w) },
        { email: containsLower(w) },
        ...(companies ? [{ company: { name: containsText(w) } }] : []),
      ],
    })),
  };
}

const paging = ({ page, size = ASSIGNMENT_PAGE_SIZE }: AssignmentQuery) => ({
  skip: (Math.max(1, page) - 1) * size,
  take: size,
});

/** The customer users assigned to a staff user, newest assignment first, searched and paged in SQL. */
export async function assignedCustomerUsers(
  staffUserId: string,
  query: AssignmentQuery,
  sees: Sees,
): Promise<{ rows: AssignableCustomer[]; total: number }> {
  const where: Prisma.StaffCustomerAssignmentWhereInput = { staffUserId, customerUser: customerSearch(query.q, sees) };
  const [rows, total] = await Promise.all([
    prisma.staffCustomerAssignment.findMany({
      where,
      orderBy: [{ assignedAt: "desc" }, { customerUserId: "asc" }],
      ...paging(query),
      select: { customerUser: { select: CUSTOMER } },
    }),
    prisma.staffCustomerAssignment.count({ where }),
  ]);
  return { rows: rows.map((r) => toRow(sees)(r.customerUser)), total };
}

/** Customer users not assigned to this staff user; those held by someone else say by whom. */
export async function candidateCustomerUsers(
  staffUserId: string,
  query: AssignmentQuery,
  sees: Sees,
): Promise<{ rows: AssignableCustomer[]; total: number }> {
  const where: Prisma.CustomerUserWhereInput = {
    AND: [
      customerSearch(query.q, sees),
      { OR: [{ staffAssignment: { is: null } }, { staffAssignment: { staffUserId: { not: staffUserId } } }] },
    ],
  };
  const [rows, total] = await Promise.all([
    prisma.customerUser.findMany({
      where,
      orderBy: [{ lastName: "asc" }, { id: "asc" }],
      ...paging(query),
      select: CUSTOMER,
    }),
    prisma.customerUser.count({ where }),
  ]);
  return { rows: rows.map(toRow(sees)), total };
}

export async function isAssignedTo(staffUserId: string, customerUserId: string): Promise<boolean> {
  return (await prisma.staffCustomerAssignment.count({ where: { staffUserId, customerUserId } })) > 0;
}

export const countAssignedCustomerUsers = (staffUserId: string) =>
  prisma.staffCustomerAssignment.count({ where: { staffUserId } });

/**
 * The customer user taken by another staff user, phrased for the person who tried: naming both only
 * to someone who may view customer users and staff users.
 */
async function takenError(customerUserId: string, sees: Sees): Promise<DomainError> {
  const taken = await prisma.staffCustomerAssignment.findUnique({
    where: { customerUserId },
    select: { staffUser: HOLDER, customerUser: { select: { firstName: true, lastName: true, email: true } } },
  });
  if (!taken) return new DomainError("customerAssignmentChanged");
  if (!sees("customers/customer-user/view") || !sees("users/user/view"))
    return new DomainError("customerAssignmentTakenUnnamed", "assign");
  const { customerUser: c, staffUser: s } = taken;
  return new DomainError("customerAssignmentTaken", "assign", {
    customer: `${c.firstName} ${c.lastName}`,
    email: c.email,
    holder: `${s.firstName} ${s.lastName}`,
  });
}

/**
 * Deassign and assign in one transaction. A customer user held by someone else is refused by the
 * primary key itself, so of two saves racing for the same customer user only one can win.
 */
export async function saveCustomerAssignment(
  actor: Actor,
  values: SaveCustomerAssignmentValues,
  sees: Sees,
): Promise<{ assigned: number; deassigned: number }> {
  let inserting = null as string | null;
  try {
    return await transaction(async (tx) => {
      const staff = await tx.staffUser.findUnique({
        where: { id: values.staffUserId },
        select: { email: true, status: true },
      });
      if (!staff || staff.status === "DELETED") throw new DomainError("notFound");
      const audited = (customerUserId: string, action: "create" | "delete", customer: string) =>
        recordAudit(tx, actor, {
          entity: "customer-assignment",
          entityId: customerUserId,
          action,
          ...(action === "create"
            ? { after: { staffUser: staff.email, customerUser: customer } }
            : { before: { staffUser: staff.email, customerUser: customer } }),
        });

      const removed = await tx.staffCustomerAssignment.findMany({
        where: { staffUserId: values.staffUserId, customerUserId: { in: values.deassign } },
        select: { customerUserId: true, customerUser: { select: { email: true } } },
      });
      await tx.staffCustomerAssignment.deleteMany({
        where: { staffUserId: values.staffUserId, customerUserId: { in: removed.map((r) => r.customerUserId) } },
      });
      for (const r of removed) await audited(r.customerUserId, "delete", r.customerUser.email);

      const held = new Set(
        (
          await tx.staffCustomerAssignment.findMany({
            where: { staffUserId: values.staffUserId, customerUserId: { in: values.assign } },
            select: { customerUserId: true },
          })
        ).map((r) => r.customerUserId),
      );
      const customers = await tx.customerUser.findMany({
        where: { id: { in: values.assign.filter((c) => !held.has(c)) } },
        select: { id: true, email: true },
      });
      if (customers.length + held.size !== values.assign.length) throw new DomainError("notFound");
      for (const c of customers) {
        inserting = c.id;
        await tx.staffCustomerAssignment.create({
          data: { customerUserId: c.id, staffUserId: values.staffUserId, assignedById: actor.staffId },
        });
        await audited(c.id, "create", c.email);
      }
      inserting = null;
      return { assigned: customers.length, deassigned: removed.length };
    });
  } catch (e) {
    if (isUniqueViolation(e) && inserting) throw await takenError(inserting, sees);
    throw e;
  }
}
