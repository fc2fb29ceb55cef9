import { describe, expect, it } from "vitest";

import { formatPrice, resolvePrice } from "./pricing";

const product = { basePrice: 1000, currency: "EUR" };

describe("resolvePrice", () => {
  it("takes the company's price list first", () => {
    expect(resolvePrice({ ...product, companyPrice: 700, groupPrice: 800 })).toEqual({
      amount: 700,
      currency: "EUR",
      source: "company",
    });
  });

  it("falls back to the customer group's price list", () => {
    expect(resolvePrice({ ...product, companyPrice: null, groupPrice: 800 })).toEqual({
      amount: 800,
      currency: "EUR",
      source: "customer-group",
    });
  });

  it("falls back to the base price when no list names the product", () => {
    expect(resolvePrice({ ...product, companyPrice: null, groupPrice: null })).toEqual({
      amount: 1000,
      currency: "EUR",
      source: "base",
    });
  });

  it("honours a negotiated price of zero and one above the base price", () => {
    expect(resolvePrice({ ...product, companyPrice: 0, groupPrice: 800 }).amount).toBe(0);
    expect(resolvePrice({ ...product, companyPrice: null, groupPrice: 1200 }).amount).toBe(1200);
  });
});

describe("formatPrice", () => {
  it("shows minor units as the currency's amount in the reader's language", () => {
    expect(formatPrice({ amount: 1250, currency: "EUR" }, "en")).toBe("€12.50");
    expect(formatPrice({ amount: 1250, currency: "EUR" }, "de")).toBe("12,50\u00a0€");
    expect(formatPrice({ amount: 7, currency: "EUR" }, "en")).toBe("€0.07");
  });
});
