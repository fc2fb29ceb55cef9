import { z } from "zod";

/** The products of the catalog a customer user may buy, for the line picker: by SKU or name, at the quantity's price. */
export function catalogLookupSchema() {
  return z.object({
    customerUserId: z.string().min(1).max(64),
    q: z.string().trim().max(64),
    quantity: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  });
}
