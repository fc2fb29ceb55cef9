import { describe, expect, it } from "vitest";

import { gridHref, parseGridParams } from "./params";

const opts = {
  sorts: ["email", "lastName"] as const,
  defaultSort: "email" as const,
  filters: { status: ["ACTIVE", "DELETED"] },
};

describe("parseGridParams", () => {
  it("falls back to defaults for missing or hostile values", () => {
    const p = parseGridParams(
      { sort: "passwordHash", dir: "sideways", size: "1000", page: "-3", status: "DROP" },
      opts,
    );
    expect(p).toEqual({ q: "", sort: "email", dir: "asc", page: 1, size: 25, filters: {} });
  });
  it("keeps whitelisted values", () => {
    const p = parseGridParams(
      { q: "  anna ", sort: "lastName", dir: "desc", size: "50", page: "3", status: "DELETED" },
      opts,
    );
    expect(p).toEqual({ q: "anna", sort: "lastName", dir: "desc", page: 3, size: 50, filters: { status: "DELETED" } });
  });
  it("round-trips through gridHref and resets nothing it was not asked to", () => {
    const p = parseGridParams({ q: "x", sort: "lastName", dir: "desc", size: "10", page: "2" }, opts);
    expect(gridHref("/admin/users", p, { page: 3 })).toBe("/admin/users?q=x&sort=lastName&dir=desc&page=3&size=10");
  });
  it("normalises free-text filters through their function and drops what it refuses", () => {
    const free = {
      sorts: ["at"] as const,
      defaultSort: "at" as const,
      filters: {
        who: (v: string) => v.trim() || undefined,
        day: (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined),
      },
    };
    expect(parseGridParams({ who: "  ada ", day: "yesterday" }, free).filters).toEqual({ who: "ada" });
    expect(parseGridParams({ who: "   ", day: "2030-01-31" }, free).filters).toEqual({ day: "2030-01-31" });
  });
});
