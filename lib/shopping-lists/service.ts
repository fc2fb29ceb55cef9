import "server-only";

import type { CustomerAction } from "@/lib/customer-roles/catalog";
import { prisma, transaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { permissionsOfUser } from "@/lib/shop-access/service";
import type { ShopViewer } from "@/lib/storefront/context";

import { priceLines } from "./pricing";
import { MAX_QUANTITY } from "./schema";

type Owner = { id: string; companyId: string };
export type ListSummary = { id: string; name: string; lineCount: number; updatedAt: Date };

/**
 * Shopping lists are personal: every read and write is scoped to the signed-in user in its `where`,
 * and the role's shopping-list level must grant the action at all. Writes go through `transaction`,
 * so a caller's unit of work (an impersonated storefront action, an API call) commits them with its audit entry.
 */
export async function mayUseLists(customerUserId: string, action: CustomerAction): Promise<boolean> {
  return (await permissionsOfUser(customerUserId)).levels["shopping-list"][action] !== "NONE";
}

export async function requireListPermission(customerUserId: string, action: CustomerAction): Promise<void> {
  if (!(await mayUseLists(customerUserId, action))) throw new DomainError("forbidden");
}

export async function listsOf(customerUserId: string): Promise<ListSummary[]> {
  const rows = await prisma.shoppingList.findMany({
    where: { customerUserId },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: { id: true, name: true, updatedAt: true, _count: { select: { lines: true } } },
  });
  return rows.map((r) => ({ id: r.id, name: r.name, updatedAt: r.updatedAt, lineCount: r._count.lines }));
}

/** How many lists the user has: the storefront header shows it. */
export const countLists = (customerUserId: string) => prisma.shoppingList.count({ where: { customerUserId } });

/** The list the cookie names when it is still the user's, else their most recently changed one. */
export async function resolveCurrentList(
  customerUserId: string,
  chosenId: string | undefined,
): Promise<{ id: string; name: string } | null> {
  if (chosenId) {
    const chosen = await prisma.shoppingList.findFirst({
      where: { id: chosenId, customerUserId },
      select: { id: true, name: true },
    });
    if (chosen) return chosen;
  }
  return prisma.shoppingList.findFirst({
    where: { customerUserId },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}

export async function ownList(customerUserId: string, id: string): Promise<{ id: string }> {
  const list = await prisma.shoppingList.findFirst({ where: { id, customerUserId }, select: { id: true } });
  if (!list) throw new DomainError("notFound");
  return list;
}

/** One of the user's lists with every line at the viewer's current prices; null for anyone else's list. */
export async function getList(viewer: ShopViewer, id: string) {
  const list = await prisma.shoppingList.findFirst({
    where: { id, customerUserId: viewer.customerUserId },
    select: {
      id: true,
      name: true,
      lines: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, productId: true, sku: true, name: true, quantity: true },
      },
    },
  });
  if (!list) return null;
  return { id: list.id, name: list.name, ...(await priceLines(viewer, list.lines)) };
}

export async function createList(owner: Owner, name: string): Promise<{ id: string }> {
  await requireListPermission(owner.id, "CREATE");
  return transaction((tx) =>
    tx.shoppingList.create({
      data: { name, customerUserId: owner.id, companyId: owner.companyId },
      select: { id: true },
    }),
  );
}

export async function renameList(customerUserId: string, id: string, name: string): Promise<void> {
  await requireListPermission(customerUserId, "EDIT");
  const { count } = await transaction((tx) =>
    tx.shoppingList.updateMany({ where: { id, customerUserId }, data: { name } }),
  );
  if (count === 0) throw new DomainError("notFound");
}

export async function deleteList(customerUserId: string, id: string): Promise<void> {
  await requireListPermission(customerUserId, "DELETE");
  const { count } = await transaction((tx) => tx.shoppingList.deleteMany({ where: { id, customerUserId } }));
  if (count === 0) throw new DomainError("notFound");
}

/**
 * Adds a product the viewer may see to the list (the current one, or a new default list when the
 * user has none); a product already on the list gets the quantities added up.
 */
export async function addToList(
  viewer: ShopViewer,
  listId: string | null,
  productId: string,
  quantity: number,
  newListName: string,
): Promise<{ listId: string }> {
  await requireListPermission(viewer.customerUserId, "EDIT");
  const product = await prisma.product.findFirst({
    where: { id: productId, active: true },
    select: { id: true, sku: true, name: true },
  });
  const visible = product && (await priceLines(viewer, [{ productId: product.id, quantity }])).complete;
  if (!product || !visible) throw new DomainError("productUnknown");
  return transaction(async (tx) => {
    const list = listId
      ? await tx.shoppingList.findFirst({
          where: { id: listId, customerUserId: viewer.customerUserId },
          select: { id: true },
        })
      : await tx.shoppingList.create({
          data: { name: newListName, customerUserId: viewer.customerUserId, companyId: viewer.companyId },
          select: { id: true },
        });
    if (!list) throw new DomainError("notFound");
    const existing = await tx.shoppingListLine.findUnique({
      where: { shoppingListId_productId: { shoppingListId: list.id, productId } },
      select: { id: true, quantity: true },
    });
    if (existing) {
      await tx.shoppingListLine.update({
        where: { id: existing.id },
        data: { quantity: Math.min(MAX_QUANTITY, existing.quantity + quantity) },
      });
    } else {
      await tx.shoppingListLine.create({
        data: { shoppingListId: list.id, productId, sku: product.sku, name: product.name, quantity },
      });
    }
    await tx.shoppingList.update({ where: { id: list.id }, data: { updatedAt: new Date() } });
    return { listId: list.id };
  });
}

export async function setLineQuantity(
  customerUserId: string,
  listId: string,
  lineId: string,
  quantity: number,
): Promise<void> {
  await requireListPermission(customerUserId, "EDIT");
  const { count } = await transaction((tx) =>
    tx.shoppingListLine.updateMany({
      where: { id: lineId, shoppingList: { id: listId, customerUserId } },
      data: { quantity },
    }),
  );
  if (count === 0) throw new DomainError("notFound");
}

export async function removeLine(customerUserId: string, listId: string, lineId: string): Promise<void> {
  await requireListPermission(customerUserId, "EDIT");
  const { count } = await transaction((tx) =>
    tx.shoppingListLine.deleteMany({ where: { id: lineId, shoppingList: { id: listId, customerUserId } } }),
  );
  if (count === 0) throw new DomainError("notFound");
}
