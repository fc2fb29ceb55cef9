import { Readable } from "node:stream";
import { parse } from "csv-parse";

import { restoreCell } from "@/lib/customer-users/csv-cells";

import { detectDelimiter, utf8Of, type Delimiter, type Encoding } from "./decode";

/** One data row: its index among the data rows, the spreadsheet line it starts on, and its cells by header. */
export type CsvRecord = { row: number; line: number; cells: string[] };
export type ParsedCsv = {
  encoding: Encoding;
  delimiter: Delimiter;
  headers: string[];
  /** every data row, read as they are consumed: the file is parsed once per pass, never held as rows */
  records: () => AsyncGenerator<CsvRecord>;
};
/** A file's bytes, from its start, a slice at a time; each call starts a new pass. */
export type ByteSource = () => AsyncIterable<Uint8Array>;

const CR = 0x0d;
const LF = 0x0a;

/**
 * Counts line breaks the way a spreadsheet numbers lines (CRLF, LF or a lone CR is one), so a
 * record's line is the physical line it starts on, even after quoted cells with line breaks or
 * blank lines. It is given the bytes as the parser is, a slice at a time, and keeps only the slices
 * it has not counted yet.
 */
class LineCounter {
  private slices: Uint8Array[] = [];
  /** where counting stands: in slices[0], at offset `at`; `pos` is the same place counted from the file's start */
  private at = 0;
  private pos = 0;
  private line = 1;
  push(slice: Uint8Array): void {
    if (slice.length) this.slices.push(slice);
  }
  private peek(ahead = 0): number | undefined {
    let i = this.at + ahead;
    const first = this.slices[0];
    if (first && i < first.length) return first[i];
    for (const s of this.slices) {
      if (i < s.length) return s[i];
      i -= s.length;
    }
    return undefined;
  }
  private advance(): void {
    this.pos++;
    if (++this.at === this.slices[0]!.length) {
      this.slices.shift();
      this.at = 0;
    }
  }
  private step(): void {
    const b = this.peek();
    this.advance();
    if (b === CR && this.peek() === LF) this.advance();
    if (b === CR || b === LF) this.line++;
  }
  /** The line of the record that ends at byte `end` (its terminator included), and moves past it. */
  record(end: number): number {
    while (this.pos < end) {
      const b = this.peek();
      if (b !== CR && b !== LF) break;
      this.step();
    }
    const start = this.line;
    while (this.pos < end) this.step();
    return start;
  }
}

const SLICE_BYTES = 64 * 1024;
/** An upload held in memory as a source: its bytes in slices, without copies. */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return async function* () {
    for (let i = 0; i < bytes.length; i += SLICE_BYTES) yield bytes.subarray(i, i + SLICE_BYTES);
  };
}

/**
 * A source's bytes as UTF-8, the form the parser reads (csv-parse reports each record's end as a
 * byte offset of what it read, and lines are counted there). UTF-8 passes as it is, its BOM left
 * out; UTF-16 and Windows-1252 are decoded slice by slice (a character split between two slices is
 * decoded whole) and encoded again.
 */
async function* utf8Slices(source: ByteSource, encoding: Encoding): AsyncGenerator<Uint8Array> {
  if (encoding === "utf-8" || encoding === "utf-8-bom") {
    let skip = encoding === "utf-8-bom" ? 3 : 0;
    for await (const slice of source()) {
      const rest = slice.subarray(Math.min(skip, slice.length));
      skip -= slice.length - rest.length;
      if (rest.length) yield rest;
    }
    return;
  }
  // the decoder leaves a UTF-16 byte order mark out by itself
  const decoder = new TextDecoder(encoding);
  for await (const slice of source()) {
    const text = decoder.decode(slice, { stream: true });
    if (text) yield Buffer.from(text, "utf8");
  }
  const tail = decoder.decode();
  if (tail) yield Buffer.from(tail, "utf8");
}

/** Every record of a pass, the header first (as row -1), with the line it starts on. */
async function* allRecords(source: ByteSource, encoding: Encoding, delimiter: Delimiter): AsyncGenerator<CsvRecord> {
  const lines = new LineCounter();
  const parser = parse({
    delimiter,
    record_delimiter: ["\r\n", "\n", "\r"],
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
  });
  async function* fed() {
    for await (const slice of utf8Slices(source, encoding)) {
      lines.push(slice);
      yield slice;
    }
  }
  // fed as the rows are taken: the whole file at once would be parsed into rows at once
  const input = Readable.from(fed(), { objectMode: false });
  input.pipe(parser);
  let row = -1;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { bytes: number } }>) {
      yield { row, line: lines.record(info.bytes), cells: record.map(restoreCell) };
      row++;
    }
  } finally {
    // a pass left early (the header alone) stops reading its source
    input.destroy();
  }
}

/**
 * A stored upload, read from its source on every pass (with the encoding and separator found when
 * it was uploaded): nothing of the file is held but the slice being parsed.
 */
export async function parseSource(source: ByteSource, encoding: Encoding, delimiter: Delimiter): Promise<ParsedCsv> {
  let headers: string[] = [];
  for await (const first of allRecords(source, encoding, delimiter)) {
    headers = first.cells.map((h) => h.trim());
    break;
  }
  async function* records(): AsyncGenerator<CsvRecord> {
    for await (const r of allRecords(source, encoding, delimiter)) if (r.row >= 0) yield r;
  }
  return { encoding, delimiter, headers, records };
}

/** Reads an upload held in memory: encoding and separator detected, formula-neutralised cells restored. */
export async function parseCsv(bytes: Uint8Array): Promise<ParsedCsv> {
  const { utf8, encoding } = utf8Of(bytes);
  // the header line decides; a character cut at the slice's end cannot be a separator
  const delimiter = detectDelimiter(utf8.subarray(0, 64 * 1024).toString("utf8"));
  return parseSource(bytesSource(utf8), "utf-8", delimiter).then((p) => ({ ...p, encoding }));
}
