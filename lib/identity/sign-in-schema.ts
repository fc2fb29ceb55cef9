import { z } from "zod";

/** What either realm's credentials provider accepts: anything else is refused before a hash is spent. */
export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(1024),
});
