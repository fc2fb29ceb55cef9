import { z } from "zod";

const id = z.string().min(1).max(64);
export const importIdSchema = () => z.object({ id });
/** The run starts only for the checksum the page showed with its dry run. */
export const startImportSchema = () => z.object({ id, checksum: z.string().regex(/^[0-9a-f]{64}$/) });
