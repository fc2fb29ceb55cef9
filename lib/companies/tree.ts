import "server-only";

import type { Db, Tx } from "@/lib/db";

/** Deep enough for any real group structure; stops a damaged tree from looping forever. */
const MAX_DEPTH = 100;

/** Every ancestor of a company, nearest first. */
export async function ancestorIds(db: Db | Tx, id: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE up(id, "parentId", depth) AS (
      SELECT id, "parentId", 0 FROM "Company" WHERE id = ${id}
      UNION ALL
      SELECT c.id, c."parentId", up.depth + 1 FROM "Company" c JOIN up ON c.id = up."parentId" WHERE up.depth < ${MAX_DEPTH}
    )
    SELECT id FROM up WHERE depth > 0 ORDER BY depth`;
  return rows.map((r) => r.id);
}

/** The names from the root down to each given company, e.g. ["Holding", "Berlin"]. */
export async function companyPaths(db: Db | Tx, ids: string[]): Promise<Map<string, string[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; names: string[] }[]>`
    WITH RECURSIVE up(start, id, "parentId", name, depth) AS (
      SELECT id, id, "parentId", name, 0 FROM "Company" WHERE id = ANY(${ids}::text[])
      UNION ALL
      SELECT up.start, c.id, c."parentId", c.name, up.depth + 1 FROM "Company" c JOIN up ON c.id = up."parentId" WHERE up.depth < ${MAX_DEPTH}
    )
    SELECT start AS id, array_agg(name ORDER BY depth DESC) AS names FROM up GROUP BY start`;
  return new Map(rows.map((r) => [r.id, r.names]));
}
