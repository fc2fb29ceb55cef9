import { describe, expect, it } from "vitest";

import { afterWhere, pageInMemory, pageOf, type KeyPart } from "./keyset";

const NEWEST_FIRST: KeyPart[] = [
  { field: "createdAt", desc: true, kind: "date" },
  { field: "id", desc: true, kind: "string" },
];

describe("keyset pages", () => {
  it("continues after the last row's key, ties broken by id", () => {
    const at = new Date("2026-12-01T10:00:00.000Z");
    expect(afterWhere(NEWEST_FIRST, [at.toISOString(), "b"])).toEqual({
      OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: "b" } }],
    });
    const rows = [
      { id: "c", createdAt: at },
      { id: "b", createdAt: at },
      { id: "a", createdAt: at },
    ];
    expect(pageOf(rows, 2, NEWEST_FIRST)).toEqual({ rows: rows.slice(0, 2), next: [at.toISOString(), "b"] });
    expect(pageOf(rows, 3, NEWEST_FIRST).next).toBeNull();
  });

  it("refuses a cursor that is not one of ours", () => {
    expect(() => afterWhere(NEWEST_FIRST, ["yesterday", "b"])).toThrow();
    expect(() => afterWhere(NEWEST_FIRST, [1, "b"])).toThrow();
    expect(() => afterWhere(NEWEST_FIRST, ["2026-12-01T10:00:00.000Z"])).toThrow();
    expect(() => pageInMemory([{ id: "a" }], 1, ["gone"])).toThrow();
  });

  it("pages a short collection by the id of the last row", () => {
    const rows = [{ id: "a" }, { id: "b" }, { id: "c" }];
    expect(pageInMemory(rows, 2, null)).toEqual({ rows: rows.slice(0, 2), next: ["b"] });
    expect(pageInMemory(rows, 2, ["b"])).toEqual({ rows: rows.slice(2), next: null });
  });
});
