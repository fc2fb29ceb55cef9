/**
 * JSON:API 1.1 documents (https://jsonapi.org/format/1.1/): resource objects, the top-level
 * document with included resources and links, and error objects. Pure: no request, no database.
 */

export const JSON_API = "application/vnd.api+json";

export type ResourceIdentifier = { type: string; id: string };
export type Relationship = { data: ResourceIdentifier | ResourceIdentifier[] | null };
export type ResourceObject = {
  type: string;
  id: string;
  attributes: Record<string, unknown>;
  relationships?: Record<string, Relationship>;
  links?: { self: string };
};

export type ErrorObject = {
  status: string;
  code: string;
  title: string;
  detail?: string;
  source?: { pointer: string } | { parameter: string } | { header: string };
};

/** A refusal the API answers with: one HTTP status and the error objects that explain it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errors: ErrorObject[],
  ) {
    super(errors[0]?.title ?? "error");
    this.name = "ApiError";
  }
}

/** A bad query parameter: 400 with `source.parameter`, as the spec asks for unknown fields, includes and filters. */
export const badParameter = (parameter: string, detail: string, code = "invalid-parameter") =>
  new ApiError(400, [{ status: "400", code, title: "Invalid query parameter", detail, source: { parameter } }]);

export type Fieldsets = Record<string, ReadonlySet<string>>;

/** A resource with only the fields `fields[type]` asks for; a type not named keeps all of them. */
export function sparse(resource: ResourceObject, fieldsets: Fieldsets): ResourceObject {
  const wanted = fieldsets[resource.type];
  if (!wanted) return resource;
  const attributes = Object.fromEntries(Object.entries(resource.attributes).filter(([k]) => wanted.has(k)));
  const rels = Object.entries(resource.relationships ?? {}).filter(([k]) => wanted.has(k));
  return {
    type: resource.type,
    id: resource.id,
    attributes,
    ...(rels.length > 0 ? { relationships: Object.fromEntries(rels) } : {}),
    ...(resource.links ? { links: resource.links } : {}),
  };
}

/** The resources linked from `data` through the included relationships, each once (full linkage). */
export function includedOf(
  data: ResourceObject[],
  related: Record<string, ResourceObject[]>,
  include: ReadonlySet<string>,
): ResourceObject[] {
  const seen = new Set(data.map((r) => `${r.type}:${r.id}`));
  const out: ResourceObject[] = [];
  for (const name of include) {
    for (const r of related[name] ?? []) {
      const key = `${r.type}:${r.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(r);
    }
  }
  return out;
}

export type Document = {
  jsonapi: { version: "1.1" };
  data?: ResourceObject | ResourceObject[] | null;
  included?: ResourceObject[];
  links?: Record<string, string | null>;
  meta?: Record<string, unknown>;
  errors?: ErrorObject[];
};

export function jsonApiResponse(status: number, document: Document | null, headers: HeadersInit = {}): Response {
  const h = new Headers(headers);
  h.set("cache-control", "no-store");
  if (document === null) return new Response(null, { status, headers: h });
  h.set("content-type", JSON_API);
  return new Response(JSON.stringify(document), { status, headers: h });
}

export const errorResponse = (e: ApiError, headers: HeadersInit = {}) =>
  jsonApiResponse(e.status, { jsonapi: { version: "1.1" }, errors: e.errors }, headers);
