import "server-only";

import { z } from "zod";

import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translate";
import { CUSTOMER_QUOTE_STATUSES } from "@/lib/quotes/status";
import { getMyQuote } from "@/lib/quotes/storefront";

import type { ResourceObject } from "../document";
import { API_BASE, type Operation } from "../operation";
import type { ResourceSpec } from "../query";
import { resourceDocument, timestamp, withDefaults } from "../schemas";
import { DOCUMENT_SORTS, documentCollection, lineResource, PRICED_LINES, pricedLineAttributes } from "./documents";
import { checkoutAttributes, orderResource, placeThroughCheckout } from "./orders";

export const quoteLineResource: ResourceSpec = { type: "quote-lines", attributes: pricedLineAttributes };

export const quoteResource: ResourceSpec = {
  type: "quotes",
  attributes: z.object({
    number: z.string(),
    status: z.enum(CUSTOMER_QUOTE_STATUSES),
    total: z.int().describe("minor units"),
    currency: z.string(),
    validUntil: timestamp.nullable(),
    createdAt: timestamp,
    mayAccept: z.boolean().optional().describe("whether the caller's role lets them accept it; when one quote is read"),
  }),
  relationships: { lines: { resource: quoteLineResource, many: true } },
};

type Line = { id: string; sku: string; name: string; quantity: number; unitPrice: number; lineTotal: number };
type QuoteRow = {
  number: string;
  status: string;
  total: number;
  currency: string;
  validUntil: Date | null;
  createdAt?: Date;
  lines?: Line[];
  mayDecide?: boolean;
};

/** A quote as a resource; as a request's related quote it comes without its lines. */
export const toQuote = (q: QuoteRow): ResourceObject => ({
  type: "quotes",
  id: q.number,
  attributes: {
    number: q.number,
    status: q.status,
    total: q.total,
    currency: q.currency,
    validUntil: q.validUntil?.toISOString() ?? null,
    ...(q.createdAt ? { createdAt: q.createdAt.toISOString() } : {}),
    ...(q.mayDecide !== undefined ? { mayAccept: q.mayDecide && q.status === "SENT" } : {}),
  },
  ...(q.lines ? { relationships: { lines: { data: q.lines.map((l) => ({ type: "quote-lines", id: l.id })) } } } : {}),
  links: { self: `${API_BASE}/quotes/${encodeURIComponent(q.number)}` },
});

const outcomeOf = (rows: QuoteRow[]) => ({
  data: rows.map(toQuote),
  related: { lines: rows.flatMap((q) => (q.lines ?? []).map((l) => lineResource("quote-lines", l))) },
});

const acceptSchema = (t: Translate) => withDefaults(checkoutAttributes(t), { poNumber: "" });

export const quoteOperations: Operation[] = [
  {
    id: "listQuotes",
    method: "GET",
    path: "/quotes",
    summary: "The quotes sent to the caller's company that their role lets them see",
    scope: "quotes:read",
    resource: quoteResource,
    collection: { filters: { status: z.enum(CUSTOMER_QUOTE_STATUSES) }, sorts: DOCUMENT_SORTS },
    status: 200,
    handle: async (ctx) => {
      const status = ctx.query.filter.status as (typeof CUSTOMER_QUOTE_STATUSES)[number] | undefined;
      const page = await documentCollection(
        ctx,
        "quote",
        { status: status ? status : { in: [...CUSTOMER_QUOTE_STATUSES] } },
        (args) =>
          prisma.quote.findMany({
            ...args,
            select: {
              id: true,
              number: true,
              status: true,
              total: true,
              currency: true,
              validUntil: true,
              createdAt: true,
              lines: PRICED_LINES,
            },
          }),
      );
      return { ...outcomeOf(page.rows), next: page.next };
    },
  },
  {
    id: "getQuote",
    method: "GET",
    path: "/quotes/{id}",
    summary: "One quote by number, if the caller's role lets them see it",
    scope: "quotes:read",
    resource: quoteResource,
    status: 200,
    handle: async ({ caller, params }) => {
      const quote = await getMyQuote(caller.customerUser, params.id!);
      if (!quote) throw new DomainError("notFound");
      const { data, related } = outcomeOf([quote]);
      return { data: data[0]!, related };
    },
  },
  {
    id: "acceptQuote",
    method: "POST",
    path: "/quotes/{id}/accept",
    summary:
      "Accept an open quote: as the storefront's checkout does, this places the order at the quote's prices (answers the order)",
    scope: "quotes:write",
    resource: orderResource,
    body: (t) => resourceDocument("orders", acceptSchema(t)),
    status: 201,
    handle: async (ctx, body) => {
      const quote = await getMyQuote(ctx.caller.customerUser, ctx.params.id!);
      if (!quote) throw new DomainError("notFound");
      const values = (body as { data: { attributes: z.output<ReturnType<typeof checkoutAttributes>> } }).data
        .attributes;
      return placeThroughCheckout(ctx, { quoteId: quote.id }, values);
    },
  },
];
