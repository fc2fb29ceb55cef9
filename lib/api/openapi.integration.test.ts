import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";

import { API_SCOPES } from "@/lib/oauth/scopes";

import { openApiDocument } from "./openapi";

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(openApiDocument());
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    // the validator is not a formality: a response without a description is refused
    const broken = openApiDocument() as {
      paths: Record<string, Record<string, { responses: Record<string, object> }>>;
    };
    broken.paths["/me"]!.get!.responses["200"] = {};
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it("offers the client credentials flow with every scope, and names each operation's scope", () => {
    const doc = openApiDocument() as {
      components: {
        securitySchemes: { oauth2: { flows: { clientCredentials: { tokenUrl: string; scopes: object } } } };
      };
      paths: Record<string, Record<string, { security: { oauth2: string[] }[] }>>;
    };
    const flow = doc.components.securitySchemes.oauth2.flows.clientCredentials;
    expect(flow.tokenUrl).toBe("/oauth/token");
    expect(Object.keys(flow.scopes).sort()).toEqual([...API_SCOPES].sort());
    expect(doc.paths["/orders"]!.post!.security).toEqual([{ oauth2: ["orders:write"] }]);
  });

  it("describes request bodies from the storefront's own schemas, with the fields a client may leave out optional", () => {
    const doc = openApiDocument() as { paths: Record<string, Record<string, { requestBody?: unknown }>> };
    const body = doc.paths["/addresses"]!.post!.requestBody as {
      content: Record<
        string,
        { schema: { properties: { data: { properties: { attributes: Record<string, unknown> } } } } }
      >;
    };
    const attributes = body.content["application/vnd.api+json"]!.schema.properties.data.properties.attributes as {
      required: string[];
      properties: Record<string, { maxLength?: number }>;
    };
    expect(attributes.required.sort()).toEqual(["city", "country", "postalCode", "street"]);
    expect(attributes.properties.street!.maxLength).toBe(200);
  });
});
