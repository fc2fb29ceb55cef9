import "server-only";

import type { Actor } from "@/lib/audit/record";
import { createCustomerUser, updateCustomerUser } from "@/lib/customer-users/manage";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

import type { AddressOutcome } from "./address-rules";
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

type Written = { counts: Counts; errors: { row: number; line: number; error: RowError }[] };

/** One write under a savepoint: a refusal of the service rolls back just this write and is reported. */
async function guarded(tx: Tx, write: () => Promise<void>): Promise<RowError | null> {
  await tx.$executeRawUnsafe("SAVEPOINT import_row");
  try {
    await write();
    await tx.$executeRawUnsafe("RELEASE SAVEPOINT import_row");
    return null;
  } catch (e) {
    const error = serviceError(e);
    if (!error) throw e;
    await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT import_row");
    return error;
  }
}

/**
 * Writes one chunk's rows inside the caller's transaction through the form's own service (which
 * checks the references again and audits each user, naming the run through the actor). A row the
 * service refuses is rolled back to its savepoint and reported; the chunk's other rows stand.
 * Address rows are saved as their user's form, once per user and chunk, with every row's address.
 */
export async function writeChunk(
  tx: Tx,
  actor: Actor,
  importId: string,
  outcomes: (Outcome | AddressOutcome)[],
  invite: boolean,
): Promise<Written> {
  const out: Written = { counts: { created: 0, updated: 0, unchanged: 0, errors: 0 }, errors: [] };
  const changes: Prisma.CsvImportChangeCreateManyInput[] = [];
  const fail = (o: { row: number; line: number }, error: RowError) => {
    out.counts.errors++;
    out.errors.push({ row: o.row, line: o.line, error });
  };
  const addressRows = new Map<string, Extract<AddressOutcome, { kind: "create" | "update" }>[]>();
  for (const o of outcomes) {
    if (o.kind === "error") {
      out.counts.errors++;
      for (const error of o.errors) out.errors.push({ row: o.row, line: o.line, error });
    } else if (o.kind === "unchanged") out.counts.unchanged++;
    else if (o.address) addressRows.set(o.id, [...(addressRows.get(o.id) ?? []), o]);
    else if (o.kind === "create") {
      let id = "";
      const error = await guarded(tx, async () => {
        ({ id } = await createCustomerUser(actor, o.values, { invite }));
      });
      if (error) fail(o, error);
      else {
        changes.push({ importId, entity: "customer-user", entityId: id, kind: "create", line: o.line });
        out.counts.created++;
      }
    } else {
      const error = await guarded(tx, () => updateCustomerUser(actor, o.id, o.values));
      if (error) fail(o, error);
      else {
        const before = o.before as Prisma.InputJsonValue;
        changes.push({ importId, entity: "customer-user", entityId: o.id, kind: "update", line: o.line, before });
        out.counts.updated++;
      }
    }
  }
  for (const [userId, rows] of addressRows) {
    const last = rows[rows.length - 1]!;
    const error = await guarded(tx, () => updateCustomerUser(actor, userId, last.values));
    for (const r of rows) {
      if (error) fail(r, error);
      else out.counts[r.kind === "create" ? "created" : "updated"]++;
    }
    if (!error)
      changes.push({
        importId,
        entity: "customer-address",
        entityId: userId,
        kind: "update",
        line: rows[0]!.line,
        before: rows[0]!.before as Prisma.InputJsonValue,
      });
  }
  if (changes.length) await tx.csvImportChange.createMany({ data: changes });
  return out;
}
