import { describe, expect, it } from "vitest";

import { ApiError } from "./document";
import { checkMediaTypes } from "./negotiation";

const request = (headers: Record<string, string>) => new Request("http://x/api/v1/orders", { headers });
const statusOf = (headers: Record<string, string>, hasBody = false) => {
  try {
    checkMediaTypes(request(headers), hasBody);
    return 200;
  } catch (e) {
    return (e as ApiError).status;
  }
};

describe("JSON:API content negotiation", () => {
  it("takes a body only as the JSON:API media type, with ext or profile at most", () => {
    expect(statusOf({ "content-type": "application/vnd.api+json" }, true)).toBe(200);
    expect(statusOf({ "content-type": 'application/vnd.api+json; profile="https://example.com/p"' }, true)).toBe(200);
    expect(statusOf({ "content-type": "application/vnd.api+json; charset=utf-8" }, true)).toBe(415);
    expect(statusOf({ "content-type": "application/json" }, true)).toBe(415);
    expect(statusOf({}, true)).toBe(415);
  });

  it("answers 406 when every JSON:API media type accepted carries another parameter, or nothing acceptable is offered", () => {
    expect(statusOf({})).toBe(200);
    expect(statusOf({ accept: "*/*" })).toBe(200);
    expect(statusOf({ accept: "application/json" })).toBe(200);
    expect(statusOf({ accept: "application/vnd.api+json;q=0.9" })).toBe(200);
    expect(statusOf({ accept: "application/vnd.api+json; charset=utf-8, application/vnd.api+json" })).toBe(200);
    expect(statusOf({ accept: "application/vnd.api+json; charset=utf-8" })).toBe(406);
    expect(statusOf({ accept: "application/vnd.api+json; charset=utf-8, */*" })).toBe(406);
    expect(statusOf({ accept: "text/html" })).toBe(406);
  });
});
