import { randomBytes } from "node:crypto";

/**
 * Ids for rows inserted in bulk by SQL (where the ORM would make cuids): unique, and sorting in the
 * order asked for, after those of earlier calls, so "newest first by id" holds for them too.
 */
export function sortableIds(n: number): string[] {
  const prefix = `${Date.now().toString(36).padStart(9, "0")}${randomBytes(4).toString("hex")}`;
  return Array.from({ length: n }, (_, i) => `${prefix}${i.toString(36).padStart(6, "0")}`);
}
