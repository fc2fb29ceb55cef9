import "server-only";

import type { CustomerEntity } from "@/lib/customer-roles/catalog";
import { DomainError } from "@/lib/errors";
import { documentScope } from "@/lib/shop-access/service";

import { afterWhere, orderByOf, type KeyPart } from "../keyset";
import type { ParsedQuery } from "../query";

/** Orders, quotes and requests for quote page newest first by default, or oldest first. */
export const DOCUMENT_SORTS = ["-createdAt", "createdAt"] as const;

const order = (desc: boolean): KeyPart[] => [
  { field: "createdAt", desc, kind: "date" },
  { field: "id", desc, kind: "string" },
];

/** The documents the caller's role lets them see (the storefront's rule), or 403 when it lets them see none. */
export async function viewScope(customer: { id: string; companyId: string }, entity: CustomerEntity) {
  const scope = await documentScope(customer, entity, "VIEW");
  if (!scope) throw new DomainError("forbidden");
  return scope;
}

/** The `where`, order and `take` of one keyset page of documents inside a scope. */
export function documentPage(query: ParsedQuery, where: object[]) {
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
