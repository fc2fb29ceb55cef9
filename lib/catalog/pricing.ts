/** Where a shown price comes from, so the storefront and tests can tell a negotiated price from the list price. */
export type PriceSource = "company" | "customer-group" | "base";
export type Price = { amount: number; currency: string; source: PriceSource };

/**
 * The price a viewer pays: their company's price list if it names the product, else their customer
 * group's, else the product's base price. A visitor has neither, so always sees the base price.
 */
export function resolvePrice(p: {
  basePrice: number;
  currency: string;
  companyPrice: number | null;
  groupPrice: number | null;
}): Price {
  if (p.companyPrice !== null) return { amount: p.companyPrice, currency: p.currency, source: "company" };
  if (p.groupPrice !== null) return { amount: p.groupPrice, currency: p.currency, source: "customer-group" };
  return { amount: p.basePrice, currency: p.currency, source: "base" };
}

/** 1250, "EUR" -> "€12.50" (or "12,50 €" in German): minor units shown without floating-point drift. */
export function formatPrice(price: { amount: number; currency: string }, locale: string): string {
  const formatter = new Intl.NumberFormat(locale, { style: "currency", currency: price.currency });
  const parts = formatter.formatToParts(0);
  const digits = parts.find((x) => x.type === "fraction")?.value.length ?? 2;
  return formatter.format(price.amount / 10 ** digits);
}
