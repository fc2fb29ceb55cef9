import { describe, expect, it } from "vitest";

import { parseShopParams } from "./shop-params";

describe("parseShopParams", () => {
  it("keeps a trimmed search and a page number", () => {
    expect(parseShopParams({ q: "  chair ", page: "3" })).toEqual({ q: "chair", page: 3 });
  });

  it("falls back to page 1 for anything that is not a sensible page, and bounds the search", () => {
    for (const page of ["0", "-2", "abc", "1e9", undefined])
      expect(parseShopParams({ page }).page, String(page)).toBe(1);
    expect(parseShopParams({ q: ["a", "b"], page: ["2", "5"] })).toEqual({ q: "a", page: 2 });
    expect(parseShopParams({ q: "x".repeat(500) }).q).toHaveLength(200);
  });
});
