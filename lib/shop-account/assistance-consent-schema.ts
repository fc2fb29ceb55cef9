import { z } from "zod";

/** The storefront's allow / refuse buttons for staff assistance. */
export function assistanceAllowedSchema() {
  return z.object({ allowed: z.boolean() });
}
