import "server-only";

import { z } from "zod";

import type { CustomerEntity } from "@/lib/customer-roles/catalog";
import { DomainError } from "@/lib/errors";
import { documentScope } from "@/lib/shop-access/service";

import { afterWhere, orderByOf, pageOf, type KeyPart } from "../keyset";
import type { ApiContext } from "../operation";
import type { ParsedQuery } from "../query";

/** Orders, quotes and requests for quote page newest first by default, or oldest first. */
export const DOCUMENT_SORTS = ["-createdAt", "createdAt"] as const;

const order = (desc: boolean): KeyPart[] => [
  { field: "createdAt", desc, kind: "date" },
  { field: "id", desc, kind: "string" },
];

/** The documents the caller's role lets them see (the storefront's rule), or 403 when it lets them see none. */
async function viewScope(customer: { id: string; companyId: string }, entity: CustomerEntity) {
  const scope = await documentScope(customer, entity, "VIEW");
  if (!scope) throw new DomainError("forbidden");
  return scope;
}

/** The `where`, order and `take` of one keyset page of documents inside a scope. */
function documentPage(query: ParsedQuery, where: object[]) {
  const parts = order(query.sort !== "createdAt");
  return {
    parts,
    args: {
      where: { AND: [...where, afterWhere(parts, query.page.after)] },
      orderBy: orderByOf(parts),
      take: query.page.size + 1,
    },
  };
}

/** A document's line as JSON:API resource: its own type, id and attributes. */
export const lineResource = (type: string, l: { id: string } & Record<string, unknown>) => {
  const { id, ...attributes } = l;
  return { type, id, attributes };
};

/** One page of the documents of an entity the caller may see, narrowed by `where`, read by `find` with the page's arguments. */
export async function documentCollection<R>(
  ctx: ApiContext,
  entity: CustomerEntity,
  where: object,
  find: (args: ReturnType<typeof documentPage>["args"]) => Promise<R[]>,
) {
  const scope = await viewScope(ctx.caller.customerUser, entity);
  const { parts, args } = documentPage(ctx.query, [scope, where]);
  return pageOf(await find(args), ctx.query.page.size, parts);
}

/** The priced lines of orders and quotes: as the customer was charged or offered them. */
export const pricedLineAttributes = z.object({
  sku: z.string(),
  name: z.string(),
  quantity: z.int(),
  unitPrice: z.int().describe("minor units"),
  lineTotal: z.int().describe("minor units"),
});

export const PRICED_LINES = {
  orderBy: { id: "asc" },
  select: { id: true, sku: true, name: true, quantity: true, unitPrice: true, lineTotal: true },
} as const;
