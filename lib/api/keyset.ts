import { badParameter } from "./document";

/** One column of a keyset order; the last one must be unique (the id), so the order is total and stable. */
export type KeyPart = { field: string; desc: boolean; kind: "date" | "string" };

const badCursor = () => badParameter("page[after]", "The cursor is not one this collection gave out.");

function decodeValue(part: KeyPart, v: unknown): Date | string {
  if (typeof v !== "string") throw badCursor();
  if (part.kind === "string") return v;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) throw badCursor();
  return d;
}

/**
 * The Prisma `where` for "after this row" in a keyset order: (a > x) or (a = x and b > y) ..., with
 * each comparison turned round for descending columns. Rows written meanwhile never shift a page.
 */
export function afterWhere(parts: KeyPart[], after: unknown[] | null): Record<string, unknown> {
  if (!after) return {};
  if (after.length !== parts.length) throw badCursor();
  const values = parts.map((p, i) => decodeValue(p, after[i]));
  return {
    OR: parts.map((part, i) => ({
      ...Object.fromEntries(parts.slice(0, i).map((p, j) => [p.field, values[j]])),
      [part.field]: { [part.desc ? "lt" : "gt"]: values[i] },
    })),
  };
}

export const orderByOf = (parts: KeyPart[]) => parts.map((p) => ({ [p.field]: p.desc ? "desc" : "asc" }) as const);

const encodeValue = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));

/** Rows fetched with `take: size + 1`: the page, and the key of its last row when one more exists. */
export function pageOf<T>(rows: T[], size: number, parts: KeyPart[]): { rows: T[]; next: unknown[] | null } {
  if (rows.length <= size) return { rows, next: null };
  const page = rows.slice(0, size);
  const last = page[page.length - 1] as Record<string, unknown>;
  return { rows: page, next: parts.map((p) => encodeValue(last[p.field])) };
}

/** For the short personal collections a service returns whole (address book, shopping lists): the page after an id. */
export function pageInMemory<T extends { id: string }>(
  rows: T[],
  size: number,
  after: unknown[] | null,
): { rows: T[]; next: unknown[] | null } {
  let start = 0;
  if (after) {
    const index = after.length === 1 ? rows.findIndex((r) => r.id === after[0]) : -1;
    if (index < 0) throw badCursor();
    start = index + 1;
  }
  const page = rows.slice(start, start + size);
  return { rows: page, next: start + size < rows.length ? [page[page.length - 1]!.id] : null };
}
