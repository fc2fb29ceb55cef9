import "server-only";

import { z } from "zod";

import { keysOnly } from "@/lib/i18n/translate";
import { API_SCOPES } from "@/lib/oauth/scopes";

import { JSON_API } from "./document";
import { API_BASE, type Operation } from "./operation";
import { OPERATIONS } from "./operations";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type ResourceSpec } from "./query";
import { defaulted } from "./schemas";

type Json = Record<string, unknown>;

/** What each scope lets an application do, for the security scheme. */
const SCOPE_TEXT: Record<(typeof API_SCOPES)[number], string> = {
  "me:read": "Read the customer user the application acts as",
  "company:read": "Read their company",
  "users:read": "Read the company's users, as far as the owner's role reaches",
  "addresses:read": "Read the owner's address book",
  "addresses:write": "Add, change and remove addresses of the owner's address book",
  "products:read": "Read the products the owner sees, at the owner's prices",
  "shopping-lists:read": "Read the owner's shopping lists",
  "shopping-lists:write": "Create, change and delete the owner's shopping lists and their items",
  "orders:read": "Read the orders the owner's role lets them see",
  "orders:write": "Place orders from the owner's shopping lists",
  "requests-for-quote:read": "Read the requests for quote the owner's role lets them see",
  "requests-for-quote:write": "Ask for quotes",
  "quotes:read": "Read the quotes the owner's role lets them see",
  "quotes:write": "Accept quotes (placing their orders)",
};

/**
 * A zod schema as JSON Schema 2020-12 (the dialect of OpenAPI 3.1), the way a client sends it. A
 * storefront schema wrapped with defaults is shown as the schema it wraps, with those keys optional.
 */
function jsonSchema(schema: z.ZodType): Json {
  const out = z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema: js }) => {
      const d = defaulted.get(zodSchema as unknown as z.ZodType);
      if (!d) return;
      const inner = jsonSchema(d.inner);
      const target = (d.eachItem ? inner.items : inner) as Json;
      const required = (target.required as string[] | undefined)?.filter((k) => !(k in d.defaults));
      if (required) target.required = required;
      const properties = target.properties as Record<string, Json> | undefined;
      for (const [k, v] of Object.entries(d.defaults)) if (properties?.[k]) properties[k].default = v;
      for (const k of Object.keys(js)) delete (js as Json)[k];
      Object.assign(js, inner);
    },
  }) as Json;
  delete out.$schema;
  return out;
}

const schemaName = (type: string) =>
  type
    .split("-")
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
const ref = (type: string) => ({ $ref: `#/components/schemas/${schemaName(type)}` });

function resourceSchemas(specs: Map<string, ResourceSpec>): Record<string, Json> {
  const identifier = (type: string) => ({
    type: "object",
    required: ["type", "id"],
    properties: { type: { const: type }, id: { type: "string" } },
  });
  return Object.fromEntries(
    [...specs.values()].map((spec) => [
      schemaName(spec.type),
      {
        type: "object",
        required: ["type", "id", "attributes"],
        properties: {
          type: { const: spec.type },
          id: { type: "string" },
          attributes: jsonSchema(spec.attributes.partial()),
          ...(spec.relationships
            ? {
                relationships: {
                  type: "object",
                  properties: Object.fromEntries(
                    Object.entries(spec.relationships).map(([name, rel]) => [
                      name,
                      {
                        type: "object",
                        properties: {
                          data: rel.many
                            ? { type: "array", items: identifier(rel.resource.type) }
                            : { oneOf: [identifier(rel.resource.type), { type: "null" }] },
                        },
                      },
                    ]),
                  ),
                },
              }
            : {}),
          links: { type: "object", properties: { self: { type: "string" } } },
        },
      },
    ]),
  );
}

function reachable(spec: ResourceSpec, out = new Map<string, ResourceSpec>()) {
  if (out.has(spec.type)) return out;
  out.set(spec.type, spec);
  for (const rel of Object.values(spec.relationships ?? {})) reachable(rel.resource, out);
  return out;
}

function parameters(op: Operation): Json[] {
  const params: Json[] = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
  for (const spec of reachable(op.resource).values())
    params.push({
      name: `fields[${spec.type}]`,
      in: "query",
      description: `Sparse fieldset: the ${spec.type} fields to return, comma-separated`,
      schema: { type: "string" },
    });
  const rels = Object.keys(op.resource.relationships ?? {});
  if (rels.length > 0)
    params.push({
      name: "include",
      in: "query",
      description: `Related resources to include, comma-separated: ${rels.join(", ")}`,
      schema: { type: "string" },
    });
  if (!op.collection) return params;
  for (const [name, schema] of Object.entries(op.collection.filters ?? {}))
    params.push({ name: `filter[${name}]`, in: "query", schema: jsonSchema(schema) });
  if (op.collection.sorts) params.push({ name: "sort", in: "query", schema: { enum: [...op.collection.sorts] } });
  params.push(
    {
      name: "page[size]",
      in: "query",
      schema: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE },
    },
    {
      name: "page[after]",
      in: "query",
      description: "The cursor of links.next",
      schema: { type: "string" },
    },
  );
  return params;
}

const document = (data: Json) => ({
  type: "object",
  required: ["data"],
  properties: {
    jsonapi: { type: "object", properties: { version: { type: "string" } } },
    data,
    included: { type: "array", items: { type: "object" } },
    links: {
      type: "object",
      properties: { self: { type: "string" }, next: { type: ["string", "null"] } },
    },
  },
});

const errorsRef = { content: { [JSON_API]: { schema: { $ref: "#/components/schemas/Errors" } } } };
const ERRORS: Record<string, string> = {
  "400": "A query parameter or the JSON is not understood (unknown fields, includes, filters, page size over 100)",
  "401": "No valid access token",
  "403": "The scope, or the owner's storefront permission, does not allow this",
  "404": "Not found, or not the caller's to see",
  "406": "The Accept header asks for JSON:API with parameters other than ext and profile",
  "429": "The application's rate limit is exceeded; see Retry-After",
};
const BODY_ERRORS: Record<string, string> = {
  "409": "The resource type or id of the body does not match the endpoint",
  "415": `The body is not sent as ${JSON_API}`,
  "422": "An attribute is invalid; source.pointer names it",
};

function operationObject(op: Operation): Json {
  const data = op.collection ? { type: "array", items: ref(op.resource.type) } : ref(op.resource.type);
  const success =
    op.status === 204
      ? { description: "Done" }
      : { description: "Success", content: { [JSON_API]: { schema: document(data) } } };
  const errors = { ...ERRORS, ...(op.body ? BODY_ERRORS : {}) };
  return {
    operationId: op.id,
    summary: op.summary,
    tags: [op.path.split("/")[1]],
    security: [{ oauth2: [op.scope] }],
    parameters: parameters(op),
    ...(op.body
      ? { requestBody: { required: true, content: { [JSON_API]: { schema: jsonSchema(op.body(keysOnly)) } } } }
      : {}),
    responses: {
      [String(op.status)]: success,
      ...Object.fromEntries(Object.entries(errors).map(([code, description]) => [code, { description, ...errorsRef }])),
    },
  };
}

/** The OpenAPI 3.1 document of the storefront API, made from the operations and the zod schemas they validate with. */
export function openApiDocument(): Json {
  const paths: Record<string, Json> = {};
  const specs = new Map<string, ResourceSpec>();
  for (const op of OPERATIONS) {
    (paths[op.path] ??= {})[op.method.toLowerCase()] = operationObject(op);
    reachable(op.resource, specs);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Concierge storefront API",
      version: "1.0.0",
      description:
        "JSON:API 1.1 access to the storefront as one customer user, for their company's other systems. An OAuth " +
        "application (client credentials) acts as its owner: a call may do what both the application's scopes and the " +
        "owner's current storefront permissions allow.",
    },
    servers: [{ url: API_BASE }],
    paths,
    components: {
      securitySchemes: {
        oauth2: {
          type: "oauth2",
          flows: { clientCredentials: { tokenUrl: "/oauth/token", scopes: SCOPE_TEXT } },
        },
      },
      schemas: {
        ...resourceSchemas(specs),
        Errors: {
          type: "object",
          required: ["errors"],
          properties: {
            errors: {
              type: "array",
              items: {
                type: "object",
                required: ["status", "title"],
                properties: {
                  status: { type: "string" },
                  code: { type: "string" },
                  title: { type: "string" },
                  detail: { type: "string" },
                  source: {
                    type: "object",
                    properties: {
                      pointer: { type: "string" },
                      parameter: { type: "string" },
                      header: { type: "string" },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  };
}
