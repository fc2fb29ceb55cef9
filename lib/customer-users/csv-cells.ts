/**
 * A spreadsheet runs a cell that starts with = + - @, a tab or a carriage return as a formula (CSV
 * injection). Such a cell is written with a leading single quote, which spreadsheets show as text,
 * and read back without it. A value that already starts with quotes before one of those characters
 * gets one more quote, so that reading strips exactly what writing added and a round trip is exact.
 */
const FORMULA = /^'*[=+\-@\t\r]/;
const QUOTED_FORMULA = /^'+[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}

export function restoreCell(value: string): string {
  return QUOTED_FORMULA.test(value) ? value.slice(1) : value;
}
