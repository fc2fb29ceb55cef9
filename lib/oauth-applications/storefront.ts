import "server-only";

import type { Actor } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { customerUserWhere, hasCapability, scopeFor, type CustomerAccess } from "@/lib/shop-access/service";

import { statusOf, type ApplicationStatus } from "./params";
import { deleteApplication, setApplicationActive } from "./service";

export const SHOP_PAGE_SIZE = 20;
type Action = "VIEW" | "EDIT" | "DELETE";

/**
 * Whose applications the viewer reaches for an action: their own (to see and deactivate; deleting
 * is for administrators), and with "manage-api-applications" those of the users their role's
 * customer-user level reaches. Null: nobody's.
 */
function ownersWhere(access: CustomerAccess, action: Action): Prisma.CustomerUserWhereInput | null {
  const scope = hasCapability(access, "manage-api-applications")
    ? scopeFor(access, "customer-user", action)
    : ({ level: "NONE" } as const);
  const own = action === "DELETE" ? [] : [{ id: access.customerUserId }];
  const others = scope.level === "NONE" ? [] : [customerUserWhere(access, scope)];
  return own.length + others.length ? { OR: [...own, ...others] } : null;
}

export type ShopApplicationRow = {
  id: string;
  name: string;
  status: ApplicationStatus;
  lastUsedAt: Date | null;
  /** null when it is the viewer's own */
  owner: { name: string; email: string } | null;
  mayDeactivate: boolean;
  mayDelete: boolean;
};

/** Account > API access: the applications the viewer reaches, newest first, with what they may do to each. */
export async function listShopApplications(
  access: CustomerAccess,
  page: number,
  now = new Date(),
): Promise<{ rows: ShopApplicationRow[]; total: number }> {
  const where = { customerUser: ownersWhere(access, "VIEW")! };
  const [apps, total] = await Promise.all([
    prisma.oAuthApplication.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * SHOP_PAGE_SIZE,
      take: SHOP_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        active: true,
        expiresAt: true,
        usage: { select: { lastUsedAt: true } },
        customerUser: { select: { id: true, firstName: true, lastName: true, email: true } },
      },
    }),
    prisma.oAuthApplication.count({ where }),
  ]);
  // what may be done to each row: two reads over the page's ids, never one per row
  const ids = apps.map((a) => a.id);
  const within = async (action: Action) => {
    const owners = ownersWhere(access, action);
    if (!owners || ids.length === 0) return new Set<string>();
    const rows = await prisma.oAuthApplication.findMany({
      where: { id: { in: ids }, customerUser: owners },
      select: { id: true },
    });
    return new Set(rows.map((r) => r.id));
  };
  const [deactivatable, deletable] = await Promise.all([within("EDIT"), within("DELETE")]);
  return {
    total,
    rows: apps.map((a) => ({
      id: a.id,
      name: a.name,
      status: statusOf(a, now),
      lastUsedAt: a.usage?.lastUsedAt ?? null,
      owner:
        a.customerUser.id === access.customerUserId
          ? null
          : { name: `${a.customerUser.firstName} ${a.customerUser.lastName}`, email: a.customerUser.email },
      mayDeactivate: a.active && deactivatable.has(a.id),
      mayDelete: deletable.has(a.id),
    })),
  };
}

/** Outside the viewer's reach an application does not exist; the write is scoped in the same statement that locks it. */
export async function deactivateShopApplication(actor: Actor, access: CustomerAccess, id: string) {
  const owner = ownersWhere(access, "EDIT");
  if (!owner) throw new DomainError("notFound");
  await setApplicationActive(actor, id, false, { owner });
}

export async function deleteShopApplication(actor: Actor, access: CustomerAccess, id: string) {
  const owner = ownersWhere(access, "DELETE");
  if (!owner) throw new DomainError("notFound");
  await deleteApplication(actor, id, { owner });
}
