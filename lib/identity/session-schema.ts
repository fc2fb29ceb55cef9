import { z } from "zod";

/** One of the caller's own sessions, by id; whose it is comes from the signed-in session, never from input. */
export const ownSessionSchema = () => z.object({ id: z.string().min(1).max(64) });
/** "Sign out all other sessions" takes nothing: the current session is the one the request came with. */
export const otherSessionsSchema = () => z.object({});
