import { describe, expect, it } from "vitest";

import { parseCsv, parseSource, type ByteSource } from "./parse";

const rows = async (bytes: Uint8Array) => {
  const parsed = await parseCsv(bytes);
  const out: { line: number; cells: string[] }[] = [];
  for await (const r of parsed.records()) out.push({ line: r.line, cells: r.cells });
  return { ...parsed, rows: out };
};
const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16 = (s: string, order: "le" | "be") => {
  const bytes = new Uint8Array(2 + s.length * 2);
  bytes.set(order === "le" ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    bytes[2 + i * 2] = order === "le" ? c & 0xff : c >> 8;
    bytes[3 + i * 2] = order === "le" ? c >> 8 : c & 0xff;
  }
  return bytes;
};

describe("reading an uploaded CSV", () => {
  it("detects UTF-8 with and without a BOM, UTF-16 by its BOM, and Windows-1252 otherwise", async () => {
    const text = "First Name;Last Name\r\nJürgen;Weiß\r\n";
    const bom = await rows(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]));
    expect(bom.encoding).toBe("utf-8-bom");
    expect(bom.headers).toEqual(["First Name", "Last Name"]);
    expect(bom.rows[0]!.cells).toEqual(["Jürgen", "Weiß"]);
    expect((await rows(utf8(text))).encoding).toBe("utf-8");
    // a file read from the database may be a view into a larger buffer: only its own bytes are read
    const within = new Uint8Array([0x78, 0x2c, ...utf8(text), 0x2c, 0x79]).subarray(2, 2 + utf8(text).length);
    const view = await rows(within);
    expect(view.headers).toEqual(["First Name", "Last Name"]);
    expect(view.rows.map((r) => r.cells)).toEqual([["Jürgen", "Weiß"]]);
    for (const order of ["le", "be"] as const) {
      const r = await rows(utf16(text, order));
      expect(r.encoding).toBe(`utf-16${order}`);
      expect(r.rows[0]!.cells).toEqual(["Jürgen", "Weiß"]);
    }
    // ü = 0xFC and ß = 0xDF in Windows-1252: not valid UTF-8
    const cp1252 = new Uint8Array([...utf8("First Name;Last Name\r\nJ"), 0xfc, ...utf8("rgen;Wei"), 0xdf, 0x0d, 0x0a]);
    const w = await rows(cp1252);
    expect(w.encoding).toBe("windows-1252");
    expect(w.rows[0]!.cells).toEqual(["Jürgen", "Weiß"]);
  });

  it("detects comma, semicolon and tab separators", async () => {
    expect((await rows(utf8("a,b\n1,2\n"))).delimiter).toBe(",");
    expect((await rows(utf8('a;"b,c"\n1;2\n'))).delimiter).toBe(";");
    const tab = await rows(utf8("a\tb\n1,5\t2;3\n"));
    expect(tab.delimiter).toBe("\t");
    expect(tab.rows[0]!.cells).toEqual(["1,5", "2;3"]);
  });

  it("reads quoted cells with separators, quotes and line breaks, and numbers rows by the line they start on", async () => {
    const text = 'ID,Name\r\n1,"Doe, ""JD""\r\nJunior"\r\n\r\n2,plain\n3,"a\nb\nc"\n4,last';
    const r = await rows(utf8(text));
    expect(r.rows).toEqual([
      { line: 2, cells: ["1", 'Doe, "JD"\r\nJunior'] },
      { line: 5, cells: ["2", "plain"] },
      { line: 6, cells: ["3", "a\nb\nc"] },
      { line: 9, cells: ["4", "last"] },
    ]);
  });

  it("restores cells the export neutralised against formulas, the header too", async () => {
    const r = await rows(utf8("'=Head,B\n'=1+2,'@home\n'-5,''=kept\n"));
    expect(r.headers).toEqual(["=Head", "B"]);
    expect(r.rows.map((x) => x.cells)).toEqual([
      ["=1+2", "@home"],
      ["-5", "'=kept"],
    ]);
  });

  it("reads a file larger than one slice row by row, with the lines of cells that span line breaks", async () => {
    const body = Array.from({ length: 30_000 }, (_, i) =>
      i % 1000 === 7 ? `"Multi\r\nline ${i}",Weiß ${i}` : `First ${i},Last ${i}`,
    );
    const parsed = await parseCsv(utf8(`First Name,Last Name\r\n${body.join("\r\n")}\r\n`));
    let count = 0;
    let line = 2;
    for await (const r of parsed.records()) {
      expect(r.line).toBe(line);
      line += r.cells[0]!.includes("\r\n") ? 2 : 1;
      count++;
    }
    expect(count).toBe(30_000);
  });

  it("reads a stored file in slices of any size, whatever falls on a slice's edge", async () => {
    // a CRLF, a quoted line break and multi-byte characters (in UTF-8 and in UTF-16) split between slices
    const text = 'First Name;Last Name\r\n"Jür\r\ngen";Weiß 😀\r\n\r\nÅsa;"Ø;x"\rZoë;Last\n';
    const expected = [
      { line: 2, cells: ["Jür\r\ngen", "Weiß 😀"] },
      { line: 5, cells: ["Åsa", "Ø;x"] },
      { line: 6, cells: ["Zoë", "Last"] },
    ];
    const sliced = (bytes: Uint8Array, size: number): ByteSource =>
      async function* () {
        for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
      };
    const files = [
      { encoding: "utf-8-bom", bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]) },
      { encoding: "utf-16le", bytes: utf16(text.replace("😀", ""), "le") },
    ] as const;
    for (const { encoding, bytes } of files)
      for (const size of [1, 2, 3, 5, 7, 64]) {
        const parsed = await parseSource(sliced(bytes, size), encoding, ";");
        expect(parsed.headers).toEqual(["First Name", "Last Name"]);
        const out = [];
        for await (const r of parsed.records()) out.push({ line: r.line, cells: r.cells });
        expect(out).toEqual(
          encoding === "utf-16le"
            ? expected.map((r) => ({ ...r, cells: r.cells.map((c) => c.replace(" 😀", " ")) }))
            : expected,
        );
      }
  });
});
