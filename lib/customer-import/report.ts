import "server-only";

import { csvStream } from "@/lib/customer-users/export";
import { prisma } from "@/lib/db";
import type { Translate } from "@/lib/i18n/translate";

import { parseStored } from "./content";
import type { Delimiter } from "./decode";
import { translateMessage, type RowMessage } from "./messages";

/**
 * The error report: the file's header and every refused row as it was, with an "Error" column
 * (line, column and message), ready to fix and upload again. The file is read as it is streamed out.
 */
export async function errorReport(id: string, t: Translate): Promise<{ name: string; body: ReadableStream } | null> {
  const imp = await prisma.csvImport.findUnique({
    where: { id },
    select: { id: true, size: true, encoding: true, fileName: true, status: true, delimiter: true },
  });
  if (!imp) return null;
  const phase = ["UPLOADED", "VALIDATED"].includes(imp.status) ? "validate" : "import";
  const rowErrors = await prisma.csvImportRowError.findMany({
    where: { importId: id, phase },
    orderBy: [{ row: "asc" }, { id: "asc" }],
    select: { row: true, column: true, message: true },
  });
  const byRow = new Map<number, string[]>();
  for (const e of rowErrors) {
    const text = translateMessage(t, e.message as RowMessage);
    byRow.set(e.row, [...(byRow.get(e.row) ?? []), e.column ? `${e.column}: ${text}` : text]);
  }
  const parsed = await parseStored(imp);
  const header = [...parsed.headers, t("customerImport.report.errorColumn")];
  const rows = (async function* () {
    yield header;
    for await (const r of parsed.records()) {
      const errors = byRow.get(r.row);
      if (errors) yield [...r.cells, `${t("customerImport.report.lineOf", { line: r.line })}: ${errors.join("; ")}`];
    }
  })();
  return {
    name: imp.fileName.replace(/\.csv$/i, "") + "-errors.csv",
    body: csvStream(rows, imp.delimiter as Delimiter),
  };
}
