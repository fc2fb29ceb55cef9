import { isUtf8 } from "node:buffer";

/**
 * What a spreadsheet saves: UTF-8 with or without a byte order mark, UTF-16 (Excel's "Unicode
 * text", always with a BOM), or Windows-1252 (Excel's "CSV" on western Windows). The BOM decides
 * where there is one; otherwise bytes that are not valid UTF-8 are read as Windows-1252.
 */
export type Encoding = "utf-8-bom" | "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
export type Delimiter = "," | ";" | "\t";

/**
 * The upload as UTF-8 bytes, the form the parser reads. A file that already is UTF-8 (by far the most
 * common) is handed back as a view of its own bytes, without a copy: an import holds one copy of
 * its file, whatever its size.
 */
export function utf8Of(bytes: Uint8Array): { utf8: Buffer; encoding: Encoding } {
  const view = (from: number) => Buffer.from(bytes.buffer, bytes.byteOffset + from, bytes.byteLength - from);
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { utf8: view(3), encoding: "utf-8-bom" };
  if (a === 0xff && b === 0xfe) return { utf8: recode(bytes.subarray(2), "utf-16le"), encoding: "utf-16le" };
  if (a === 0xfe && b === 0xff) return { utf8: recode(bytes.subarray(2), "utf-16be"), encoding: "utf-16be" };
  if (isUtf8(bytes)) return { utf8: view(0), encoding: "utf-8" };
  return { utf8: recode(bytes, "windows-1252"), encoding: "windows-1252" };
}

function recode(bytes: Uint8Array, from: string): Buffer {
  return Buffer.from(new TextDecoder(from).decode(bytes), "utf8");
}

/** The separator the header line uses most, counted outside quotes: comma, semicolon or tab. */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of text.slice(0, 64 * 1024)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch in counts) counts[ch as Delimiter]++;
  }
  const best = (Object.keys(counts) as Delimiter[]).sort((x, y) => counts[y] - counts[x])[0]!;
  return counts[best] > 0 ? best : ",";
}
