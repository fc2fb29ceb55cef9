import "server-only";

import type { Tx } from "@/lib/db";
import { sortableIds } from "@/lib/sortable-ids";

import type { RowError } from "./messages";

export type LineError = { row: number; line: number; error: RowError };

/** Row errors per statement: a dry run of 100,000 rows may report as many. */
const SLICE = 5000;

/**
 * Stores a phase's row errors of a run, a slice at a time, each slice one INSERT from arrays (a
 * multi-row insert of as many rows costs far more to build than to run). Ids sort in the order
 * given, as the report lists a row's errors by id.
 */
export async function storeRowErrors(tx: Tx, importId: string, phase: "validate" | "import", errors: LineError[]) {
  const allIds = sortableIds(errors.length);
  for (let i = 0; i < errors.length; i += SLICE) {
    const slice = errors.slice(i, i + SLICE);
    const ids = allIds.slice(i, i + SLICE);
    await tx.$executeRaw`
      INSERT INTO "CsvImportRowError" (id, "importId", phase, row, line, "column", message)
      SELECT v.id, ${importId}, ${phase}, v.row, v.line, v."column", v.message
      FROM unnest(${ids}::text[], ${slice.map((e) => e.row)}::int[], ${slice.map((e) => e.line)}::int[],
        ${slice.map((e) => e.error.column)}::text[], ${slice.map((e) => JSON.stringify(e.error.message))}::jsonb[])
        AS v(id, row, line, "column", message)`;
  }
}
