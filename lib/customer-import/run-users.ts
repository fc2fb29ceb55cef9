import "server-only";

import type { Actor } from "@/lib/audit/record";
import { createCustomerUsers, updateCustomerUsers } from "@/lib/customer-users/manage-batch";
import type { CustomerUserFormValues } from "@/lib/customer-users/schema";
import { isUniqueViolation, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sortableIds } from "@/lib/sortable-ids";

import type { AddressOutcome } from "./address-rules";
import type { RowError } from "./messages";
import type { CsvRecord } from "./parse";
import type { LineError } from "./row-errors";
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

const serviceError = (e: DomainError | null | undefined): RowError | null =>
  e instanceof DomainError
    ? { column: null, message: { key: `errors.${e.code}`, ...(e.values ? { values: e.values } : {}) } }
    : null;

type Written = { counts: Counts; errors: LineError[] };
type Line = { row: number; line: number };

/**
 * One batch under a savepoint. A unique violation (a user of the same e-mail inserted meanwhile by
 * someone else) rolls back just the batch and returns null: the caller then writes its forms one
 * at a time, so the race costs one row, never the chunk.
 */
async function savepoint<T>(tx: Tx, write: () => Promise<T>): Promise<T | null> {
  await tx.$executeRawUnsafe("SAVEPOINT import_batch");
  try {
    const done = await write();
    await tx.$executeRawUnsafe("RELEASE SAVEPOINT import_batch");
    return done;
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT import_batch");
    return null;
  }
}

/** A batch's refusals, or after a race each form's own outcome, written one at a time. */
async function writeBatch<I, R>(
  tx: Tx,
  items: I[],
  write: (items: I[]) => Promise<{ refused: (DomainError | null)[]; result: R[] }>,
): Promise<{ refused: (DomainError | null)[]; result: (R | null)[] }> {
  const all = await savepoint(tx, () => write(items));
  if (all) return all;
  const out: { refused: (DomainError | null)[]; result: (R | null)[] } = { refused: [], result: [] };
  for (const item of items) {
    const one = await savepoint(tx, () => write([item]));
    out.refused.push(one ? one.refused[0]! : new DomainError("customerEmailTaken", "email"));
    out.result.push(one ? one.result[0]! : null);
  }
  return out;
}

/** Splits forms into rounds in which each user occurs once (a file may name a user on two rows). */
function rounds<T extends { id: string }>(items: T[]): T[][] {
  const out: T[][] = [];
  const seen: Set<string>[] = [];
  for (const item of items) {
    let i = seen.findIndex((s) => !s.has(item.id));
    if (i < 0) i = out.push([]) - 1;
    (seen[i] ??= new Set()).add(item.id);
    out[i]!.push(item);
  }
  return out;
}

/**
 * Writes one chunk's rows inside the caller's transaction through the form's own service, in its
 * batch form (which checks the references again and audits each user, naming the run through the
 * actor). A row the service refuses is reported; the chunk's other rows stand. Address rows are
 * saved as their user's form, once per user and chunk, with every row's address.
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
  const fail = (o: Line, error: RowError) => {
    out.counts.errors++;
    out.errors.push({ row: o.row, line: o.line, error });
  };
  const creates: Extract<Outcome, { kind: "create" }>[] = [];
  const updates: { id: string; values: CustomerUserFormValues; rows: (Line & { kind: string; before: unknown })[] }[] =
    [];
  const addressRows = new Map<string, Extract<AddressOutcome, { kind: "create" | "update" }>[]>();
  for (const o of outcomes) {
    if (o.kind === "error") {
      out.counts.errors++;
      for (const error of o.errors) out.errors.push({ row: o.row, line: o.line, error });
    } else if (o.kind === "unchanged") out.counts.unchanged++;
    else if (o.address) addressRows.set(o.id, [...(addressRows.get(o.id) ?? []), o]);
    else if (o.kind === "create") creates.push(o);
    else updates.push({ id: o.id, values: o.values, rows: [o] });
  }
  for (const [id, rows] of addressRows) updates.push({ id, values: rows[rows.length - 1]!.values, rows });

  const created = await writeBatch(tx, creates, async (batch) => {
    const r = await createCustomerUsers(
      tx,
      actor,
      batch.map((o) => ({ values: o.values, password: null, passwordHash: null, invite })),
    );
    return { refused: r.refused, result: r.ids };
  });
  creates.forEach((o, i) => {
    const error = serviceError(created.refused[i]);
    if (error) return fail(o, error);
    changes.push({ importId, entity: "customer-user", entityId: created.result[i]!, kind: "create", line: o.line });
    out.counts.created++;
  });

  for (const round of rounds(updates)) {
    const written = await writeBatch(tx, round, async (batch) => {
      const refused = await updateCustomerUsers(tx, actor, batch);
      return { refused, result: refused };
    });
    round.forEach((u, i) => {
      const error = serviceError(written.refused[i]);
      for (const r of u.rows) {
        if (error) fail(r, error);
        else out.counts[r.kind === "create" ? "created" : "updated"]++;
      }
      if (error) return;
      const first = u.rows[0]!;
      const before = first.before as Prisma.InputJsonValue;
      changes.push(
        addressRows.has(u.id)
          ? { importId, entity: "customer-address", entityId: u.id, kind: "update", line: first.line, before }
          : { importId, entity: "customer-user", entityId: u.id, kind: "update", line: first.line, before },
      );
    });
  }
  if (changes.length)
    await tx.$executeRaw`
      INSERT INTO "CsvImportChange" (id, "importId", entity, "entityId", kind, line, "before")
      SELECT v.id, ${importId}, v.entity, v."entityId", v.kind, v.line, v."before"
      FROM unnest(${sortableIds(changes.length)}::text[], ${changes.map((c) => c.entity)}::text[],
        ${changes.map((c) => c.entityId)}::text[], ${changes.map((c) => c.kind)}::text[],
        ${changes.map((c) => c.line)}::int[], ${changes.map((c) => (c.before === undefined ? null : JSON.stringify(c.before)))}::jsonb[])
        AS v(id, entity, "entityId", kind, line, "before")`;
  return out;
}
