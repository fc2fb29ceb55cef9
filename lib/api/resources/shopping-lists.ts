import "server-only";

import { z } from "zod";

import { visibleProductsBySku } from "@/lib/catalog/storefront";
import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { addToListSchema, createListSchema, lineQuantitySchema } from "@/lib/shopping-lists/schema";
import {
  addToList,
  createList,
  deleteList,
  getList,
  listsOf,
  removeLine,
  renameList,
  requireListPermission,
  setLineQuantity,
} from "@/lib/shopping-lists/service";

import type { ResourceObject } from "../document";
import { pageInMemory } from "../keyset";
import { API_BASE, type ApiContext, type Operation } from "../operation";
import type { ResourceSpec } from "../query";
import { money, resourceDocument, timestamp } from "../schemas";
import { productResource, viewerOf } from "./products";

const linePrice = money.nullable().describe("null when the product is gone or hidden from the caller");

export const shoppingListItemResource: ResourceSpec = {
  type: "shopping-list-items",
  attributes: z.object({
    sku: z.string(),
    name: z.string(),
    quantity: z.int(),
    unitPrice: linePrice,
    lineTotal: z.int().nullable(),
  }),
  relationships: { product: { resource: productResource, many: false } },
};

export const shoppingListResource: ResourceSpec = {
  type: "shopping-lists",
  attributes: z.object({
    name: z.string(),
    itemCount: z.int(),
    updatedAt: timestamp.optional().describe("in collections"),
    subtotal: z.int().optional().describe("minor units; when one list is read"),
    currency: z.string().nullable().optional(),
    complete: z.boolean().optional().describe("whether every item can be ordered at a price"),
  }),
  relationships: { items: { resource: shoppingListItemResource, many: true } },
};

type Detail = NonNullable<Awaited<ReturnType<typeof getList>>>;
type Line = Detail["lines"][number];

const toItem = (l: Line): ResourceObject => ({
  type: "shopping-list-items",
  id: l.id,
  attributes: { sku: l.sku, name: l.name, quantity: l.quantity, unitPrice: l.unitPrice, lineTotal: l.lineTotal },
  relationships: { product: { data: l.productId ? { type: "products", id: l.sku } : null } },
});

const listLink = (id: string) => ({ self: `${API_BASE}/shopping-lists/${id}` });

function detailOutcome(list: Detail) {
  return {
    data: {
      type: "shopping-lists",
      id: list.id,
      attributes: {
        name: list.name,
        itemCount: list.lines.length,
        subtotal: list.subtotal,
        currency: list.currency,
        complete: list.complete,
      },
      relationships: { items: { data: list.lines.map((l) => ({ type: "shopping-list-items", id: l.id })) } },
      links: listLink(list.id),
    },
    related: { items: list.lines.map(toItem) },
  };
}

async function listOutcome(ctx: ApiContext, id: string, status?: 201) {
  const list = await getList(await viewerOf(ctx), id);
  if (!list) throw new DomainError("notFound");
  return { ...(status ? { status } : {}), ...detailOutcome(list) };
}

/** Which of the caller's own lists holds an item; another user's item is not found. */
async function listOfItem(customerUserId: string, itemId: string): Promise<string> {
  const line = await prisma.shoppingListLine.findFirst({
    where: { id: itemId, shoppingList: { customerUserId } },
    select: { shoppingListId: true },
  });
  if (!line) throw new DomainError("notFound");
  return line.shoppingListId;
}

async function itemOutcome(ctx: ApiContext, listId: string, match: (l: Line) => boolean, status?: 201) {
  const list = await getList(await viewerOf(ctx), listId);
  const line = list?.lines.find(match);
  if (!line) throw new DomainError("notFound");
  return { ...(status ? { status } : {}), data: toItem(line) };
}

const newItemSchema = (t: Parameters<typeof addToListSchema>[0]) =>
  addToListSchema(t)
    .omit({ productId: true })
    .extend({ shoppingListId: z.string().min(1).max(64), sku: z.string().trim().min(1).max(64) });

type Attrs<T> = { data: { attributes: T } };

export const shoppingListOperations: Operation[] = [
  {
    id: "listShoppingLists",
    method: "GET",
    path: "/shopping-lists",
    summary: "The caller's own shopping lists, most recently changed first",
    scope: "shopping-lists:read",
    resource: shoppingListResource,
    collection: {},
    status: 200,
    handle: async (ctx) => {
      await requireListPermission(ctx.caller.customerUser.id, "VIEW");
      const page = pageInMemory(await listsOf(ctx.caller.customerUser.id), ctx.query.page.size, ctx.query.page.after);
      const details = ctx.query.include.has("items")
        ? await Promise.all(page.rows.map(async (l) => getList(await viewerOf(ctx), l.id)))
        : [];
      return {
        data: page.rows.map((l): ResourceObject => ({
          type: "shopping-lists",
          id: l.id,
          attributes: { name: l.name, itemCount: l.lineCount, updatedAt: l.updatedAt.toISOString() },
          ...(details.length
            ? {
                relationships: {
                  items: {
                    data: (details.find((d) => d?.id === l.id)?.lines ?? []).map((x) => ({
                      type: "shopping-list-items",
                      id: x.id,
                    })),
                  },
                },
              }
            : {}),
          links: listLink(l.id),
        })),
        related: { items: details.flatMap((d) => d?.lines.map(toItem) ?? []) },
        next: page.next,
      };
    },
  },
  {
    id: "getShoppingList",
    method: "GET",
    path: "/shopping-lists/{id}",
    summary: "One of the caller's shopping lists, each item at the caller's current price",
    scope: "shopping-lists:read",
    resource: shoppingListResource,
    status: 200,
    handle: async (ctx) => {
      await requireListPermission(ctx.caller.customerUser.id, "VIEW");
      return listOutcome(ctx, ctx.params.id!);
    },
  },
  {
    id: "createShoppingList",
    method: "POST",
    path: "/shopping-lists",
    summary: "Create a shopping list",
    scope: "shopping-lists:write",
    resource: shoppingListResource,
    body: (t) => resourceDocument("shopping-lists", createListSchema(t)),
    status: 201,
    handle: async (ctx, body) => {
      const { name } = (body as Attrs<{ name: string }>).data.attributes;
      const { id } = await createList(await ctx.session(), name);
      return { afterCommit: () => listOutcome(ctx, id, 201) };
    },
  },
  {
    id: "renameShoppingList",
    method: "PATCH",
    path: "/shopping-lists/{id}",
    summary: "Rename one of the caller's shopping lists",
    scope: "shopping-lists:write",
    resource: shoppingListResource,
    body: (t) => resourceDocument("shopping-lists", createListSchema(t), { id: true }),
    status: 200,
    handle: async (ctx, body) => {
      const { name } = (body as Attrs<{ name: string }>).data.attributes;
      await renameList(ctx.caller.customerUser.id, ctx.params.id!, name);
      return { afterCommit: () => listOutcome(ctx, ctx.params.id!) };
    },
  },
  {
    id: "deleteShoppingList",
    method: "DELETE",
    path: "/shopping-lists/{id}",
    summary: "Delete one of the caller's shopping lists",
    scope: "shopping-lists:write",
    resource: shoppingListResource,
    status: 204,
    handle: async (ctx) => {
      await deleteList(ctx.caller.customerUser.id, ctx.params.id!);
      return { status: 204 };
    },
  },
  {
    id: "addShoppingListItem",
    method: "POST",
    path: "/shopping-list-items",
    summary: "Put a product on one of the caller's lists (a product already on it gets the quantities added up)",
    scope: "shopping-lists:write",
    resource: shoppingListItemResource,
    body: (t) => resourceDocument("shopping-list-items", newItemSchema(t)),
    status: 201,
    handle: async (ctx, body) => {
      const v = (body as Attrs<z.output<ReturnType<typeof newItemSchema>>>).data.attributes;
      const viewer = await viewerOf(ctx);
      const product = (await visibleProductsBySku(viewer, [v.sku])).get(v.sku);
      if (!product) throw new DomainError("productUnknown", "sku", { sku: v.sku });
      const { listId } = await addToList(viewer, v.shoppingListId, product.id, v.quantity, "");
      return { afterCommit: () => itemOutcome(ctx, listId, (l) => l.productId === product.id, 201) };
    },
  },
  {
    id: "updateShoppingListItem",
    method: "PATCH",
    path: "/shopping-list-items/{id}",
    summary: "Change the quantity of an item on one of the caller's lists",
    scope: "shopping-lists:write",
    resource: shoppingListItemResource,
    body: (t) => resourceDocument("shopping-list-items", lineQuantitySchema(t).pick({ quantity: true }), { id: true }),
    status: 200,
    handle: async (ctx, body) => {
      const { quantity } = (body as Attrs<{ quantity: number }>).data.attributes;
      const itemId = ctx.params.id!;
      const listId = await listOfItem(ctx.caller.customerUser.id, itemId);
      await setLineQuantity(ctx.caller.customerUser.id, listId, itemId, quantity);
      return { afterCommit: () => itemOutcome(ctx, listId, (l) => l.id === itemId) };
    },
  },
  {
    id: "deleteShoppingListItem",
    method: "DELETE",
    path: "/shopping-list-items/{id}",
    summary: "Take an item off one of the caller's lists",
    scope: "shopping-lists:write",
    resource: shoppingListItemResource,
    status: 204,
    handle: async (ctx) => {
      const listId = await listOfItem(ctx.caller.customerUser.id, ctx.params.id!);
      await removeLine(ctx.caller.customerUser.id, listId, ctx.params.id!);
      return { status: 204 };
    },
  },
];
