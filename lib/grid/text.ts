/**
 * A "contains" needle for Prisma: `%` and `_` are LIKE wildcards and `\` its escape, so a search
 * for "50%" or "a_b" must match those characters literally, not everything.
 */
export function escapeLike(needle: string): string {
  return needle.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Case-insensitive "contains" of the text as typed (trigram indexes serve it). */
export const containsText = (needle: string) => ({ contains: escapeLike(needle), mode: "insensitive" as const });

/** For columns stored lower-cased (e-mails): no case folding needed in SQL. */
export const containsLower = (needle: string) => ({ contains: escapeLike(needle.toLowerCase()) });
