/** Every website sells in euros until websites carry a currency of their own. */
export const CURRENCY = "EUR";

const DECIMAL = /^(\d{1,9})(?:[.,](\d{1,2}))?$/;

/**
 * "12.5" / "12,50" -> 1250 minor units, without floating point on the way; null when the text is
 * not an amount with at most two decimals.
 */
export function parseMinorUnits(text: string): number | null {
  const m = DECIMAL.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

/** 1250 -> "12.50": the form's value for an amount in minor units. */
export function formatMinorUnits(minor: number): string {
  return `${Math.trunc(minor / 100)}.${String(Math.abs(minor % 100)).padStart(2, "0")}`;
}

/** A line's total and the document's total, in minor units. */
export function totals<L extends { quantity: number; unitPrice: number }>(lines: L[]) {
  const priced = lines.map((l) => ({ ...l, lineTotal: l.quantity * l.unitPrice }));
  return { lines: priced, total: priced.reduce((sum, l) => sum + l.lineTotal, 0) };
}
