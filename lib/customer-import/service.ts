import "server-only";

import { createHash } from "node:crypto";
import { CsvError } from "csv-parse";

import { recordAudit, type Actor } from "@/lib/audit/record";
import { getSetting } from "@/lib/config/settings";
import { prisma, transaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

import {
  addressKey,
  evaluateAddressRow,
  loadAddressUsers,
  mapAddressColumns,
  type AddressOutcome,
} from "./address-rules";
import { parseStored } from "./content";
import type { RowMessage } from "./messages";
import { parseCsv, type CsvRecord, type ParsedCsv } from "./parse";
import { storeRowErrors, type LineError } from "./row-errors";
import { evaluateUserChunk } from "./run-users";
import { mapColumns } from "./user-columns";
import { loadWebsites } from "./user-lookups";
import { duplicateKey, type Change, type Outcome } from "./user-rules";

export type ImportEntity = "users" | "addresses";
/**
 * An import shows customer users, and creates and changes them: it takes every permission those
 * take, when it is started and, from its requester, again before each chunk the worker writes.
 */
export const RUN_PERMISSIONS = [
  "customers/customer-user/import",
  "customers/customer-user/view",
  "customers/customer-user/create",
  "customers/customer-user/edit",
] as const;
/** Runs and their reports are kept this long, then purged; undo is possible within it. */
export const KEEP_DAYS = 30;
/** Rows per chunk: each chunk is one transaction and one set of lookups. */
export const CHUNK_ROWS = 500;
/** Rows per set of lookups in the dry run, which writes nothing until its report: fewer, larger reads. */
const VALIDATE_CHUNK_ROWS = 2000;
/** How many rows that would change the dry run keeps to show (all errors are kept, for the report). */
const SHOWN_ROWS = 1000;

export type ValidationRow = {
  row: number;
  line: number;
  kind: "create" | "update" | "error";
  changes?: Change[];
  errors?: { column: string | null; message: RowMessage }[];
};
export type Validation = {
  read: number;
  create: number;
  update: number;
  unchanged: number;
  error: number;
  unknownColumns: string[];
  rows: ValidationRow[];
};

export const checksumOf = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Stores the uploaded file in PostgreSQL (instances keep nothing on disk), with its checksum, encoding and separator. */
export async function uploadImport(
  actor: Actor,
  input: { entity: ImportEntity; fileName: string; bytes: Uint8Array; invite: boolean },
  now = new Date(),
): Promise<{ id: string }> {
  const maxMb = await getSetting("csvImportMaxMegabytes");
  if (input.bytes.length === 0) throw new DomainError("csvImportEmpty", "file");
  if (input.bytes.length > maxMb * 1024 * 1024) throw new DomainError("csvImportTooLarge", "file", { max: maxMb });
  // one pass now, so a file that is not CSV is refused here, with the line, rather than in the dry run
  let parsed: ParsedCsv;
  try {
    parsed = await parseCsv(input.bytes);
    if (!parsed.headers.length) throw new DomainError("csvImportEmpty", "file");
    for await (const r of parsed.records()) void r;
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    throw new DomainError("csvImportUnreadable", "file", { line: Number((e as { lines?: number }).lines ?? 0) });
  }
  return transaction(async (tx) => {
    const created = await tx.csvImport.create({
      data: {
        entity: input.entity,
        fileName: input.fileName.slice(0, 255) || "import.csv",
        checksum: checksumOf(input.bytes),
        size: input.bytes.length,
        content: Buffer.from(input.bytes),
        encoding: parsed.encoding,
        delimiter: parsed.delimiter,
        invite: input.invite,
        requestedById: actor.staffId,
        requestedByLabel: actor.label,
        expiresAt: new Date(now.getTime() + KEEP_DAYS * 86_400_000),
      },
      select: { id: true },
    });
    return created;
  });
}

/** A 53-bit hash of a key (two 32-bit FNV-1a with different seeds): an exact number in a Float64Array. */
function keyHash(key: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x811c9dc5);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) >>> 11);
}

/**
 * For the rule that rows meaning the same record are all errors, naming each other's lines. The
 * first pass keeps 8 bytes a row (a hash of its key), not the keys: a hash seen twice makes its
 * key a candidate, and only when there are candidates does a second pass gather their lines (a
 * hash shared by different keys then sorts itself out: each key keeps its own lines).
 */
async function duplicatesOf(records: () => AsyncGenerator<CsvRecord>, keyOf: (cells: string[]) => string | null) {
  let hashes = new Float64Array(4096);
  let n = 0;
  let total = 0;
  for await (const r of records()) {
    total++;
    const key = keyOf(r.cells);
    if (!key) continue;
    if (n === hashes.length) {
      const grown = new Float64Array(n * 2);
      grown.set(hashes);
      hashes = grown;
    }
    hashes[n++] = keyHash(key);
  }
  const sorted = hashes.subarray(0, n).sort();
  const candidates = new Set<number>();
  for (let i = 1; i < n; i++) if (sorted[i] === sorted[i - 1]) candidates.add(sorted[i]!);
  const lines = new Map<string, number[]>();
  if (candidates.size)
    for await (const r of records()) {
      const key = keyOf(r.cells);
      if (!key || !candidates.has(keyHash(key))) continue;
      const seen = lines.get(key);
      if (seen) seen.push(r.line);
      else lines.set(key, [r.line]);
    }
  for (const [k, v] of lines) if (v.length < 2) lines.delete(k);
  return { duplicates: lines, total };
}

/** The file's records in chunks, starting after `skip` rows. */
export async function* chunksOf(records: () => AsyncGenerator<CsvRecord>, size: number, skip = 0) {
  let chunk: CsvRecord[] = [];
  for await (const r of records()) {
    if (r.row < skip) continue;
    chunk.push(r);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

/**
 * What every pass over an upload starts with: its rows, its columns, the file's duplicates, and how
 * a chunk of rows is judged (with its lookups made once for the chunk).
 */
export async function openUpload(parsed: ParsedCsv, entity: string) {
  if (entity === "addresses") {
    const cols = mapAddressColumns(parsed.headers);
    const { duplicates, total } = await duplicatesOf(parsed.records, (cells) => addressKey(cols, cells));
    const evaluate = async (chunk: CsvRecord[]): Promise<AnyOutcome[]> => {
      const users = await loadAddressUsers(chunk, cols);
      return chunk.map((r) => evaluateAddressRow(r, cols, users, duplicates));
    };
    return { parsed, unknown: cols.unknown, total, evaluate };
  }
  const cols = mapColumns(parsed.headers);
  const [{ duplicates, total }, base] = await Promise.all([
    duplicatesOf(parsed.records, (cells) => duplicateKey(cols, cells)),
    loadWebsites(),
  ]);
  const evaluate = (chunk: CsvRecord[]): Promise<AnyOutcome[]> => evaluateUserChunk(chunk, cols, base, duplicates);
  return { parsed, unknown: cols.unknown, total, evaluate };
}
export type AnyOutcome = Outcome | AddressOutcome;

/**
 * The dry run: every row read and judged as the import would, nothing written but the report.
 * The report is tied to the file's checksum; only that file may then be imported.
 */
export async function validateImport(id: string, chunkRows = VALIDATE_CHUNK_ROWS): Promise<Validation> {
  const imp = await prisma.csvImport.findUnique({
    where: { id },
    select: { id: true, status: true, size: true, encoding: true, delimiter: true, checksum: true, entity: true },
  });
  if (!imp) throw new DomainError("notFound");
  if (imp.status !== "UPLOADED" && imp.status !== "VALIDATED") throw new DomainError("csvImportNotValidatable");
  const { parsed, unknown, total, evaluate } = await openUpload(await parseStored(imp), imp.entity);
  const v: Validation = {
    read: 0,
    create: 0,
    update: 0,
    unchanged: 0,
    error: 0,
    unknownColumns: unknown,
    rows: [],
  };
  const errors: LineError[] = [];
  for await (const chunk of chunksOf(parsed.records, chunkRows)) {
    for (const o of await evaluate(chunk)) {
      v.read++;
      v[o.kind]++;
      if (o.kind === "error") {
        for (const error of o.errors) errors.push({ row: o.row, line: o.line, error });
        if (v.rows.length < SHOWN_ROWS) v.rows.push({ row: o.row, line: o.line, kind: "error", errors: o.errors });
      } else if (o.kind !== "unchanged" && v.rows.length < SHOWN_ROWS) {
        v.rows.push({ row: o.row, line: o.line, kind: o.kind, changes: o.changes });
      }
    }
  }
  await transaction(
    async (tx) => {
      await tx.csvImportRowError.deleteMany({ where: { importId: id, phase: "validate" } });
      await storeRowErrors(tx, id, "validate", errors);
      await tx.csvImport.update({
        where: { id },
        data: {
          status: "VALIDATED",
          validation: v as unknown as Prisma.InputJsonValue,
          validatedChecksum: imp.checksum,
          validatedAt: new Date(),
          totalRows: total,
        },
      });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return v;
}

/**
 * Queues the run. The checksum the page validated must be the stored file's and the one its dry
 * run read: importing a file other than the one validated is refused.
 */
export async function startImport(actor: Actor, id: string, checksum: string): Promise<void> {
  await transaction(async (tx) => {
    const queued = await tx.csvImport.updateMany({
      where: { id, status: "VALIDATED", checksum, validatedChecksum: checksum },
      data: { status: "QUEUED" },
    });
    if (queued.count === 0) throw new DomainError("csvImportNotValidated");
    await recordAudit(
      tx,
      { ...actor, importRunId: id },
      {
        entity: "csv-import",
        entityId: id,
        action: "import",
        after: { checksum },
      },
    );
  });
}

/** Asks a queued or running import to stop after the chunk it is writing. */
export async function cancelImport(id: string): Promise<void> {
  const asked = await prisma.csvImport.updateMany({
    where: { id, status: { in: ["QUEUED", "RUNNING"] } },
    data: { cancelRequested: true },
  });
  if (asked.count === 0) throw new DomainError("csvImportNotRunning");
  // a queued run that no worker took yet stops at once
  await prisma.csvImport.updateMany({
    where: { id, status: "QUEUED" },
    data: { status: "CANCELLED", finishedAt: new Date() },
  });
}

const PROGRESS = {
  status: true,
  totalRows: true,
  committedRows: true,
  created: true,
  updated: true,
  unchanged: true,
  errors: true,
  undoStatus: true,
  undoTotal: true,
  undoDone: true,
  undoRestored: true,
  undoDisabled: true,
  undoSkipped: true,
  undoFailure: true,
} as const satisfies Prisma.CsvImportSelect;
/** A run's progress as its page polls it: the import's, then its undo's. */
export type ImportProgress = Prisma.CsvImportGetPayload<{ select: typeof PROGRESS }>;

/** Just the progress of a run read with more: what the page hands its client-side controls. */
export const progressOf = (run: ImportProgress): ImportProgress =>
  Object.fromEntries(Object.keys(PROGRESS).map((k) => [k, run[k as keyof ImportProgress]])) as ImportProgress;

export async function importProgress(id: string): Promise<ImportProgress | null> {
  return prisma.csvImport.findUnique({ where: { id }, select: PROGRESS });
}

/** Deletes runs (their files, reports and undo data) past the kept period; the audit log keeps their entries. */
export async function purgeExpiredImports(now = new Date()): Promise<number> {
  const { count } = await prisma.csvImport.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}

const SUMMARY = {
  ...PROGRESS,
  id: true,
  entity: true,
  fileName: true,
  checksum: true,
  size: true,
  encoding: true,
  delimiter: true,
  requestedByLabel: true,
  invite: true,
  createdAt: true,
  validatedAt: true,
  finishedAt: true,
  undoneAt: true,
  expiresAt: true,
  failure: true,
} as const;

/** The import history: every run kept (30 days), newest first, a page at a time. */
export async function listImports(page: number, size = 25) {
  const [rows, total] = await Promise.all([
    prisma.csvImport.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * size,
      take: size,
      select: SUMMARY,
    }),
    prisma.csvImport.count(),
  ]);
  return { rows, total };
}
export type ImportSummary = Awaited<ReturnType<typeof listImports>>["rows"][number];

/** One run for its page; who ran it is left out (the history names them to those who may view staff users). */
export async function importDetail(id: string) {
  const row = await prisma.csvImport.findUnique({
    where: { id },
    select: { ...SUMMARY, requestedByLabel: false, validation: true },
  });
  return row && { ...row, validation: row.validation as Validation | null };
}
