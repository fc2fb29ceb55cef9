import "server-only";

import { z } from "zod";

import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translate";
import { placeOrder } from "@/lib/orders/checkout";
import { checkoutSchema } from "@/lib/orders/checkout-schema";
import { getShopOrder } from "@/lib/orders/storefront";
import { websiteById } from "@/lib/websites/website";

import type { ResourceObject } from "../document";
import { API_BASE, type ApiContext, type Operation } from "../operation";
import type { ResourceSpec } from "../query";
import { resourceDocument, timestamp, withDefaults } from "../schemas";
import { DOCUMENT_SORTS, documentCollection, lineResource, PRICED_LINES, pricedLineAttributes } from "./documents";

const ORDER_STATUSES = ["OPEN", "PROCESSING", "SHIPPED", "CLOSED", "CANCELLED"] as const;

export const orderLineResource: ResourceSpec = { type: "order-lines", attributes: pricedLineAttributes };

export const orderResource: ResourceSpec = {
  type: "orders",
  attributes: z.object({
    number: z.string(),
    status: z.enum(ORDER_STATUSES),
    poNumber: z.string().nullable(),
    currency: z.string(),
    total: z.int().describe("minor units"),
    createdAt: timestamp,
    buyer: z.string().nullable().describe("the customer user who placed it"),
    billingAddress: z.array(z.string()).optional().describe("as printed on the order; when one order is read"),
    shippingAddress: z.array(z.string()).optional().describe("as printed on the order; when one order is read"),
  }),
  relationships: { lines: { resource: orderLineResource, many: true } },
};

type Line = { id: string; sku: string; name: string; quantity: number; unitPrice: number; lineTotal: number };
type OrderRow = {
  id: string;
  number: string;
  status: string;
  poNumber: string | null;
  currency: string;
  total: number;
  createdAt: Date;
  buyer: string | null;
  lines: Line[];
  billing?: string[];
  shipping?: string[];
};

function toOrder(o: OrderRow): ResourceObject {
  return {
    type: "orders",
    id: o.number,
    attributes: {
      number: o.number,
      status: o.status,
      poNumber: o.poNumber,
      currency: o.currency,
      total: o.total,
      createdAt: o.createdAt.toISOString(),
      buyer: o.buyer,
      ...(o.billing ? { billingAddress: o.billing, shippingAddress: o.shipping } : {}),
    },
    relationships: { lines: { data: o.lines.map((l) => ({ type: "order-lines", id: l.id })) } },
    links: { self: `${API_BASE}/orders/${encodeURIComponent(o.number)}` },
  };
}

const outcomeOf = (rows: OrderRow[]) => ({
  data: rows.map(toOrder),
  related: { lines: rows.flatMap((o) => o.lines.map((l) => lineResource("order-lines", l))) },
});

/** One order the caller may see, as the storefront's order page finds it. */
export async function orderOutcome(ctx: ApiContext, number: string, status?: 201) {
  const o = await getShopOrder(ctx.caller.customerUser, number);
  if (!o) throw new DomainError("notFound");
  const { data, related } = outcomeOf([{ ...o, buyer: o.customerUser?.name ?? null }]);
  return { ...(status ? { status } : {}), data: data[0]!, related };
}

/** Checkout as the storefront's: billing and shipping address from the caller's address book, an optional PO number. */
export const checkoutAttributes = (t: Translate) => checkoutSchema(t).omit({ listId: true, quoteId: true });

/** Places the order through the storefront's checkout, from a shopping list or an accepted quote. */
export async function placeThroughCheckout(
  ctx: ApiContext,
  source: { listId: string } | { quoteId: string },
  values: z.output<ReturnType<typeof checkoutAttributes>>,
) {
  const session = await ctx.session();
  const order = await placeOrder(
    session,
    await websiteById(session.websiteId),
    { ...values, ...source },
    ctx.caller.ip,
  );
  return { afterCommit: () => orderOutcome(ctx, order.number, 201) };
}

const newOrderSchema = (t: Translate) =>
  withDefaults(checkoutAttributes(t).extend({ shoppingListId: z.string().min(1).max(64) }), { poNumber: "" });

export const orderOperations: Operation[] = [
  {
    id: "listOrders",
    method: "GET",
    path: "/orders",
    summary: "The orders the caller's role lets them see (their own, or their company's)",
    scope: "orders:read",
    resource: orderResource,
    collection: { filters: { status: z.enum(ORDER_STATUSES) }, sorts: DOCUMENT_SORTS },
    status: 200,
    handle: async (ctx) => {
      const status = ctx.query.filter.status as (typeof ORDER_STATUSES)[number] | undefined;
      const page = await documentCollection(ctx, "order", status ? { status } : {}, (args) =>
        prisma.order.findMany({
          ...args,
          select: {
            id: true,
            number: true,
            status: true,
            poNumber: true,
            currency: true,
            total: true,
            createdAt: true,
            customerUser: { select: { firstName: true, lastName: true } },
            lines: PRICED_LINES,
          },
        }),
      );
      return {
        ...outcomeOf(
          page.rows.map(({ customerUser: cu, ...o }) => ({
            ...o,
            buyer: cu ? `${cu.firstName} ${cu.lastName}` : null,
          })),
        ),
        next: page.next,
      };
    },
  },
  {
    id: "getOrder",
    method: "GET",
    path: "/orders/{id}",
    summary: "One order by number, if the caller's role lets them see it",
    scope: "orders:read",
    resource: orderResource,
    status: 200,
    handle: (ctx) => orderOutcome(ctx, ctx.params.id!),
  },
  {
    id: "createOrder",
    method: "POST",
    path: "/orders",
    summary:
      "Check out one of the caller's shopping lists: every item is priced again at the caller's current price, the list is removed",
    scope: "orders:write",
    resource: orderResource,
    body: (t) => resourceDocument("orders", newOrderSchema(t)),
    status: 201,
    handle: async (ctx, body) => {
      const { shoppingListId, ...values } = (
        body as { data: { attributes: z.output<ReturnType<typeof newOrderSchema>> } }
      ).data.attributes;
      return placeThroughCheckout(ctx, { listId: shoppingListId }, values);
    },
  },
];
