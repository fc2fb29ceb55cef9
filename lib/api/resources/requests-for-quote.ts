import "server-only";

import { z } from "zod";

import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translate";
import { requestForQuoteSchema } from "@/lib/requests-for-quote/schema";
import { getMyRequest, RFQ_STATUSES } from "@/lib/requests-for-quote/service";
import { submitStandaloneRequest } from "@/lib/requests-for-quote/submit";

import type { ResourceObject } from "../document";
import { API_BASE, type ApiContext, type Operation } from "../operation";
import type { ResourceSpec } from "../query";
import { resourceDocument, timestamp, withDefaults, withItemDefaults } from "../schemas";
import { DOCUMENT_SORTS, documentCollection, lineResource } from "./documents";
import { quoteResource, toQuote } from "./quotes";

export const requestLineResource: ResourceSpec = {
  type: "request-for-quote-lines",
  attributes: z.object({
    sku: z.string(),
    name: z.string(),
    quantity: z.int(),
    targetPrice: z.int().nullable().describe("minor units; the price the buyer hopes for"),
  }),
};

export const requestResource: ResourceSpec = {
  type: "requests-for-quote",
  attributes: z.object({
    number: z.string(),
    status: z.enum(RFQ_STATUSES),
    poNumber: z.string().nullable(),
    note: z.string().nullable(),
    createdAt: timestamp,
  }),
  relationships: {
    lines: { resource: requestLineResource, many: true },
    quotes: { resource: quoteResource, many: true },
  },
};

type Line = { id: string; sku: string; name: string; quantity: number; targetPrice: number | null };
type QuoteRow = {
  id: string;
  number: string;
  status: string;
  total: number;
  currency: string;
  validUntil: Date | null;
};
type RequestRow = {
  number: string;
  status: string;
  poNumber: string | null;
  note: string | null;
  createdAt: Date;
  lines: Line[];
  quotes: QuoteRow[];
};

const toRequest = (r: RequestRow): ResourceObject => ({
  type: "requests-for-quote",
  id: r.number,
  attributes: {
    number: r.number,
    status: r.status,
    poNumber: r.poNumber,
    note: r.note,
    createdAt: r.createdAt.toISOString(),
  },
  relationships: {
    lines: { data: r.lines.map((l) => ({ type: "request-for-quote-lines", id: l.id })) },
    quotes: { data: r.quotes.map((q) => ({ type: "quotes", id: q.number })) },
  },
  links: { self: `${API_BASE}/requests-for-quote/${encodeURIComponent(r.number)}` },
});

const outcomeOf = (rows: RequestRow[]) => ({
  data: rows.map(toRequest),
  related: {
    lines: rows.flatMap((r) => r.lines.map((l) => lineResource("request-for-quote-lines", l))),
    quotes: rows.flatMap((r) => r.quotes.map(toQuote)),
  },
});

async function requestOutcome(ctx: ApiContext, number: string, status?: 201) {
  const rfq = await getMyRequest(ctx.caller.customerUser, number);
  if (!rfq) throw new DomainError("notFound");
  const { data, related } = outcomeOf([rfq]);
  return { ...(status ? { status } : {}), data: data[0]!, related };
}

/** The storefront's request form; the PO number, the note and each line's target price may be left out. */
const newRequestSchema = (t: Translate) => {
  const form = requestForQuoteSchema(t);
  return withDefaults(form.extend({ lines: withItemDefaults(form.shape.lines, { targetPrice: "" }) }), {
    poNumber: "",
    note: "",
  });
};

export const requestOperations: Operation[] = [
  {
    id: "listRequestsForQuote",
    method: "GET",
    path: "/requests-for-quote",
    summary: "The requests for quote the caller's role lets them see",
    scope: "requests-for-quote:read",
    resource: requestResource,
    collection: { filters: { status: z.enum(RFQ_STATUSES) }, sorts: DOCUMENT_SORTS },
    status: 200,
    handle: async (ctx) => {
      const status = ctx.query.filter.status as (typeof RFQ_STATUSES)[number] | undefined;
      const page = await documentCollection(ctx, "request-for-quote", status ? { status } : {}, (args) =>
        prisma.requestForQuote.findMany({
          ...args,
          select: {
            id: true,
            number: true,
            status: true,
            poNumber: true,
            note: true,
            createdAt: true,
            lines: {
              orderBy: { id: "asc" },
              select: { id: true, sku: true, name: true, quantity: true, targetPrice: true },
            },
            quotes: {
              where: { status: { not: "DRAFT" } },
              orderBy: { createdAt: "desc" },
              select: { id: true, number: true, status: true, total: true, currency: true, validUntil: true },
            },
          },
        }),
      );
      return { ...outcomeOf(page.rows), next: page.next };
    },
  },
  {
    id: "getRequestForQuote",
    method: "GET",
    path: "/requests-for-quote/{id}",
    summary: "One request for quote by number, with the quotes sent for it",
    scope: "requests-for-quote:read",
    resource: requestResource,
    status: 200,
    handle: (ctx) => requestOutcome(ctx, ctx.params.id!),
  },
  {
    id: "createRequestForQuote",
    method: "POST",
    path: "/requests-for-quote",
    summary: "Ask for a quote: lines by SKU of products the caller may see, with quantities and optional target prices",
    scope: "requests-for-quote:write",
    resource: requestResource,
    body: (t) => resourceDocument("requests-for-quote", newRequestSchema(t)),
    status: 201,
    handle: async (ctx, body) => {
      const values = (body as { data: { attributes: z.output<ReturnType<typeof requestForQuoteSchema>> } }).data
        .attributes;
      const rfq = await submitStandaloneRequest(ctx.actor, await ctx.session(), values);
      return { afterCommit: () => requestOutcome(ctx, rfq.number, 201) };
    },
  },
];
