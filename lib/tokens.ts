import { createHash } from "node:crypto";

/** How a single-use link's token is stored: only its SHA-256, so the table never holds a usable link. */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
