import { describe, expect, it } from "vitest";

import { formatMinorUnits, parseMinorUnits, totals } from "./money";

describe("amounts in minor units", () => {
  it("reads decimals with a point or a comma, without floating point error", () => {
    expect(parseMinorUnits("12")).toBe(1200);
    expect(parseMinorUnits("12.5")).toBe(1250);
    expect(parseMinorUnits(" 0,07 ")).toBe(7);
    expect(parseMinorUnits("19.99")).toBe(1999);
  });

  it("refuses what is not an amount with at most two decimals", () => {
    for (const bad of ["", "-1", "1.234", "abc", "1e3", "1.", "1234567890"]) expect(parseMinorUnits(bad)).toBeNull();
  });

  it("formats back and sums the lines", () => {
    expect(formatMinorUnits(1205)).toBe("12.05");
    expect(
      totals([
        { quantity: 3, unitPrice: 1999 },
        { quantity: 1, unitPrice: 1 },
      ]).total,
    ).toBe(5998);
  });
});
