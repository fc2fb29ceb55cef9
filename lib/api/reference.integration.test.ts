import { describe, expect, it } from "vitest";

import { referenceAsset, referencePage } from "./reference";

describe("the API reference page", () => {
  it("loads Swagger UI from this app with the request's script nonce, and the document from /api/v1/openapi.json", async () => {
    const request = new Request("http://localhost/api/doc", {
      headers: { "content-security-policy": "default-src 'self'; script-src 'self' 'nonce-AbC+/1=' 'strict-dynamic'" },
    });
    const html = await referencePage(request).text();
    expect(html).toContain('<script nonce="AbC+/1=" src="/api/doc/swagger-ui-bundle.js"></script>');
    expect(html).toContain('"url":"/api/v1/openapi.json"');
    expect(html).not.toMatch(/https?:\/\//);
    const bundle = await referenceAsset("swagger-ui-bundle.js");
    expect(bundle.headers.get("content-type")).toContain("javascript");
    expect((await bundle.text()).length).toBeGreaterThan(100_000);
    expect((await referenceAsset("..%2Fpackage.json")).status).toBe(404);
    expect((await referenceAsset("index.html")).status).toBe(404);
  });
});
