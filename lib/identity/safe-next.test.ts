import { describe, expect, it } from "vitest";

import { safeNext } from "./safe-next";

describe("the return address after signing in", () => {
  it("keeps a path on this site with its query and fragment", () => {
    expect(safeNext("/orders?page=2#top")).toBe("/orders?page=2#top");
    expect(safeNext("/account")).toBe("/account");
  });

  it("refuses anything that is not a path", () => {
    for (const next of [undefined, null, 42, "", "orders", "https://evil.example/", "javascript:alert(1)"])
      expect(safeNext(next)).toBe("/account");
  });

  it("refuses addresses a browser reads as another site", () => {
    for (const next of [
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "\\/evil.example",
      "/\t\\evil.example",
    ])
      expect(safeNext(next)).toBe("/account");
  });

  it("returns a value a Location header can carry", () => {
    expect(safeNext("/products?q=ä ö")).toBe("/products?q=%C3%A4%20%C3%B6");
    expect(safeNext("/a\u0000b")).toMatch(/^\/[\x21-\x7e]*$/);
  });
});
