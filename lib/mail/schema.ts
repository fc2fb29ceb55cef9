import { z } from "zod";

export const revealEmailSchema = () => z.object({ id: z.string().min(1).max(64) });
