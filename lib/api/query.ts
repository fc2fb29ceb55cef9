import { z } from "zod";

import { badParameter, type Fieldsets } from "./document";

/** What a resource type is made of: its attributes (the zod object the OpenAPI document shows) and relationships. */
export type ResourceSpec = {
  type: string;
  attributes: z.ZodObject;
  relationships?: Record<string, { resource: ResourceSpec; many: boolean }>;
};

/** What a collection offers beyond paging: its filters (each value parsed by zod) and sort orders. */
export type CollectionSpec = {
  filters?: Record<string, z.ZodType>;
  /** JSON:API sort values, the first being the default; each is a stable keyset order */
  sorts?: readonly [string, ...string[]];
};

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

export type ParsedQuery = {
  fields: Fieldsets;
  include: ReadonlySet<string>;
  filter: Record<string, unknown>;
  sort: string;
  page: { size: number; after: unknown[] | null };
};

const FIELDS = /^fields\[([a-z0-9-]+)\]$/;
const FILTER = /^filter\[([A-Za-z0-9-]+)\]$/;

/** A page cursor: the sort it belongs to and the sort key of the last row, opaque to clients. */
export const encodeCursor = (sort: string, key: unknown[]) =>
  Buffer.from(JSON.stringify({ s: sort, k: key })).toString("base64url");

function decodeCursor(raw: string, sort: string): unknown[] {
  try {
    const v = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as { s?: unknown; k?: unknown };
    if (v.s === sort && Array.isArray(v.k)) return v.k;
  } catch {
    // not a cursor of ours: refused below
  }
  throw badParameter("page[after]", "The cursor is not one this collection gave out for this sort order.");
}

/** The types a request may name in `fields[...]`: the primary one and those reachable through its relationships. */
function reachableTypes(spec: ResourceSpec, out = new Map<string, ResourceSpec>()): Map<string, ResourceSpec> {
  if (out.has(spec.type)) return out;
  out.set(spec.type, spec);
  for (const rel of Object.values(spec.relationships ?? {})) reachableTypes(rel.resource, out);
  return out;
}

const fieldNames = (spec: ResourceSpec) => [
  ...Object.keys(spec.attributes.shape),
  ...Object.keys(spec.relationships ?? {}),
];

/**
 * Reads a request's query string per JSON:API: `fields[type]`, `include`, and for collections
 * `filter[name]`, `sort`, `page[size]` and `page[after]`. Anything it does not offer is a 400 naming
 * the parameter, so a misspelt filter never silently returns everything.
 */
export function parseQuery(url: URL, spec: ResourceSpec, collection: CollectionSpec | null): ParsedQuery {
  const types = reachableTypes(spec);
  const fields: Record<string, Set<string>> = {};
  const filter: Record<string, unknown> = {};
  let include = new Set<string>();
  let sort = collection?.sorts?.[0] ?? "";
  let size = DEFAULT_PAGE_SIZE;
  let afterRaw: string | null = null;

  for (const [name, value] of url.searchParams) {
    const fieldsType = FIELDS.exec(name)?.[1];
    const filterName = FILTER.exec(name)?.[1];
    if (fieldsType !== undefined) {
      const target = types.get(fieldsType);
      if (!target) throw badParameter(name, `There is no resource type "${fieldsType}" in this response.`);
      const allowed = new Set(fieldNames(target));
      const asked = value.split(",").filter(Boolean);
      const unknown = asked.find((f) => !allowed.has(f));
      if (unknown !== undefined) throw badParameter(name, `"${fieldsType}" has no field "${unknown}".`);
      fields[fieldsType] = new Set(asked);
    } else if (name === "include") {
      include = new Set(value.split(",").filter(Boolean));
      const unknown = [...include].find((r) => !spec.relationships?.[r]);
      if (unknown !== undefined)
        throw badParameter(name, `"${spec.type}" has no relationship "${unknown}" to include.`, "invalid-include");
    } else if (collection && filterName !== undefined && collection.filters?.[filterName]) {
      const parsed = collection.filters[filterName].safeParse(value);
      if (!parsed.success) throw badParameter(name, parsed.error.issues[0]?.message ?? "Invalid filter value.");
      filter[filterName] = parsed.data;
    } else if (collection && filterName !== undefined) {
      throw badParameter(name, `"${spec.type}" cannot be filtered by "${filterName}".`, "invalid-filter");
    } else if (collection?.sorts && name === "sort") {
      if (!collection.sorts.includes(value))
        throw badParameter(name, `Sort by one of: ${collection.sorts.join(", ")}.`, "invalid-sort");
      sort = value;
    } else if (collection && name === "page[size]") {
      size = Number(value);
      if (!/^\d+$/.test(value) || size < 1 || size > MAX_PAGE_SIZE)
        throw badParameter(name, `The page size is a whole number from 1 to ${MAX_PAGE_SIZE}.`, "invalid-page-size");
    } else if (collection && name === "page[after]") {
      afterRaw = value;
    } else {
      throw badParameter(name, `This endpoint does not take the query parameter "${name}".`);
    }
  }
  return {
    fields,
    include,
    filter,
    sort,
    page: { size, after: afterRaw === null ? null : decodeCursor(afterRaw, sort) },
  };
}
