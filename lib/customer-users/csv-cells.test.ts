import { describe, expect, it } from "vitest";

import { neutraliseCell, restoreCell } from "./csv-cells";

describe("formula cells", () => {
  it.each(["=SUM(A1)", "+49 30 1234", "-1", "@user", "\tx", "\rx"])("neutralises %j with a leading quote", (v) => {
    expect(neutraliseCell(v)).toBe(`'${v}`);
    expect(restoreCell(`'${v}`)).toBe(v);
  });

  it("leaves other cells alone, both ways", () => {
    for (const v of ["", "Anna", "a=b", "O'Brien", "'quoted", "''", "1+1", " =x"]) {
      expect(neutraliseCell(v)).toBe(v);
      expect(restoreCell(v)).toBe(v);
    }
  });

  it("adds one more quote to a value that already starts with quotes before a formula character", () => {
    expect(neutraliseCell("'=x")).toBe("''=x");
    expect(neutraliseCell("''@x")).toBe("'''@x");
    expect(restoreCell("''=x")).toBe("'=x");
    expect(restoreCell("'=x")).toBe("=x");
  });

  it("round-trips whatever the value", () => {
    for (const v of ["=1", "'=1", "''=1", "'", "'a", "-", "a\nb", "😀=", "=😀", "\r\n"])
      expect(restoreCell(neutraliseCell(v))).toBe(v);
  });
});
