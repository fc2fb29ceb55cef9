import "server-only";

import type { Actor } from "@/lib/audit/record";
import { createCustomerUser, updateCustomerUser } from "@/lib/customer-users/manage";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

import type { RowError } from "./messages";
import type { CsvRecord } from "./parse";
import type { Columns } from "./user-columns";
import { loadLookups, type loadWebsites } from "./user-lookups";
import { evaluateUserRow, type Outcome } from "./user-rules";

export type Counts = { created: number; updated: number; unchanged: number; errors: number };
type Base = Awaited<ReturnType<typeof loadWebsites>>;

/** The dry run of one chunk: what each row would do, with every lookup made once for the chunk. */
export async function evaluateUserChunk(
  recs: CsvRecord[],
  cols: Columns,
  base: Base,
  duplicates: Map<string, number[]>,
): Promise<Outcome[]> {
  const lk = await loadLookups(recs, cols, base);
  return recs.map((r) => evaluateUserRow(r, cols, lk, duplicates));
}

const serviceError = (e: unknown): RowError | null =>
  e instanceof DomainError
    ? { column: null, message: { key: `errors.${e.code}`, ...(e.values ? { values: e.values } : {}) } }
    : null;

/**
 * Writes one chunk's rows inside the caller's transaction through the form's own service (which
 * checks the references again and audits each user, naming the run through the actor). A row the
 * service refuses is rolled back to its savepoint and reported; the chunk's other rows stand.
 */
export async function writeUserChunk(
  tx: Tx,
  actor: Actor,
  importId: string,
  outcomes: Outcome[],
  invite: boolean,
): Promise<{ counts: Counts; errors: { row: number; line: number; error: RowError }[] }> {
  const counts: Counts = { created: 0, updated: 0, unchanged: 0, errors: 0 };
  const errors: { row: number; line: number; error: RowError }[] = [];
  const changes: Prisma.CsvImportChangeCreateManyInput[] = [];
  for (const o of outcomes) {
    if (o.kind === "error") {
      counts.errors++;
      for (const error of o.errors) errors.push({ row: o.row, line: o.line, error });
      continue;
    }
    if (o.kind === "unchanged") {
      counts.unchanged++;
      continue;
    }
    await tx.$executeRawUnsafe("SAVEPOINT import_row");
    try {
      if (o.kind === "create") {
        const { id } = await createCustomerUser(actor, o.values, { invite });
        changes.push({ importId, entity: "customer-user", entityId: id, kind: "create", line: o.line });
        counts.created++;
      } else {
        await updateCustomerUser(actor, o.id, o.values);
        changes.push({
          importId,
          entity: "customer-user",
          entityId: o.id,
          kind: "update",
          line: o.line,
          before: o.before as Prisma.InputJsonValue,
        });
        counts.updated++;
      }
      await tx.$executeRawUnsafe("RELEASE SAVEPOINT import_row");
    } catch (e) {
      const error = serviceError(e);
      if (!error) throw e;
      await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT import_row");
      counts.errors++;
      errors.push({ row: o.row, line: o.line, error });
    }
  }
  if (changes.length) await tx.csvImportChange.createMany({ data: changes });
  return { counts, errors };
}
