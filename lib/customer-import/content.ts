import "server-only";

import { prisma } from "@/lib/db";

import type { Delimiter, Encoding } from "./decode";
import { parseSource, type ByteSource, type ParsedCsv } from "./parse";

/** Bytes of a stored upload read per statement. */
const SLICE_BYTES = 1024 * 1024;

/**
 * A stored upload's bytes, read a slice per statement on every pass. The column is stored
 * uncompressed (migration 20261222090000_csv_import_content_external), so PostgreSQL reads only the
 * slice asked for; a process never holds the whole file, whatever its size.
 */
export function storedContent(id: string, size: number, sliceBytes = SLICE_BYTES): ByteSource {
  return async function* () {
    for (let from = 0; from < size; from += sliceBytes) {
      const [row] = await prisma.$queryRaw<{ part: Uint8Array }[]>`
        SELECT substring(content FROM ${from + 1}::int FOR ${sliceBytes}::int) AS part FROM "CsvImport" WHERE id = ${id}`;
      // purged meanwhile: the pass fails rather than end early as if the file ended there
      if (!row) throw new Error(`the uploaded file of import ${id} is gone`);
      yield row.part;
    }
  };
}

/** A stored upload parsed as it was detected on upload, read from the database as its rows are taken. */
export function parseStored(imp: {
  id: string;
  size: number;
  encoding: string;
  delimiter: string;
}): Promise<ParsedCsv> {
  return parseSource(storedContent(imp.id, imp.size), imp.encoding as Encoding, imp.delimiter as Delimiter);
}
