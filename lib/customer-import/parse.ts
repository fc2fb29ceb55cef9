import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";

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

const CR = 0x0d;
const LF = 0x0a;

/**
 * Counts line breaks the way a spreadsheet numbers lines (CRLF, LF or a lone CR is one), so a
 * record's line is the physical line it starts on, even after quoted cells with line breaks or
 * blank lines.
 */
class LineCounter {
  private pos = 0;
  private line = 1;
  constructor(private readonly bytes: Buffer) {}
  private step(): void {
    const b = this.bytes[this.pos++];
    if (b === CR && this.bytes[this.pos] === LF) this.pos++;
    if (b === CR || b === LF) this.line++;
  }
  /** The line of the record that ends at byte `end` (its terminator included), and moves past it. */
  record(end: number): number {
    while (this.pos < end && (this.bytes[this.pos] === CR || this.bytes[this.pos] === LF)) this.step();
    const start = this.line;
    while (this.pos < end) this.step();
    return start;
  }
}

const SLICE_BYTES = 64 * 1024;
function* slices(bytes: Buffer) {
  for (let i = 0; i < bytes.length; i += SLICE_BYTES) yield bytes.subarray(i, i + SLICE_BYTES);
}

/** Reads the uploaded bytes: encoding and separator detected, formula-neutralised cells restored. */
export function parseCsv(bytes: Uint8Array): ParsedCsv {
  // csv-parse reports each record's end as a byte offset of what it read: hand it UTF-8 and count lines there
  const { utf8, encoding } = utf8Of(bytes);
  // the header line decides; a character cut at the slice's end cannot be a separator
  const delimiter = detectDelimiter(utf8.subarray(0, 64 * 1024).toString("utf8"));
  async function* records(): AsyncGenerator<CsvRecord> {
    const lines = new LineCounter(utf8);
    const parser = parse({
      delimiter,
      record_delimiter: ["\r\n", "\n", "\r"],
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    });
    // fed in slices as the rows are taken: the whole buffer at once would be parsed into rows at once
    Readable.from(slices(utf8), { objectMode: false }).pipe(parser);
    let row = -1;
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { bytes: number } }>) {
      const line = lines.record(info.bytes);
      if (row >= 0) yield { row, line, cells: record.map(restoreCell) };
      row++;
    }
  }
  return { encoding, delimiter, headers: readHeader(utf8, delimiter), records };
}

/** The first record alone: it ends at the first line break outside quotes. */
function readHeader(utf8: Buffer, delimiter: Delimiter): string[] {
  let quoted = false;
  let end = utf8.length;
  for (let i = 0; i < utf8.length; i++) {
    const b = utf8[i];
    if (b === 0x22) quoted = !quoted;
    else if (!quoted && (b === CR || b === LF)) {
      end = i;
      break;
    }
  }
  const text = utf8.subarray(0, end).toString("utf8");
  if (!text.trim()) return [];
  const [first = []] = parseSync(text, { delimiter, relax_column_count: true, relax_quotes: true }) as string[][];
  return first.map((h) => restoreCell(h).trim());
}
