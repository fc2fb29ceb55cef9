import { userHeaders } from "@/lib/customer-users/export";

/** The columns the import reads, named as the export writes them (Oro's, then ours). */
export const COL = {
  id: "ID",
  namePrefix: "Name Prefix",
  firstName: "First Name",
  middleName: "Middle Name",
  lastName: "Last Name",
  nameSuffix: "Name Suffix",
  birthday: "Birthday",
  email: "Email Address",
  companyId: "Customer Id",
  companyName: "Customer Name",
  enabled: "Enabled",
  ownerId: "Owner Id",
  websiteId: "Website Id",
  website: "Website",
  language: "Preferred Language",
  salesRep: "Sales Representative Email",
} as const;

const ROLE = /^Roles (\d+) Role$/;
/** Written by the export, read-only here: an import sets neither confirmation, password nor lock. */
const IGNORED = new Set(["Confirmed", "Password Status", "Locked"]);

export type Columns = { index: Map<string, number>; roles: { header: string; index: number }[]; unknown: string[] };

export function mapColumns(headers: string[]): Columns {
  const known = new Set<string>([...Object.values(COL), ...userHeaders(0)]);
  const index = new Map<string, number>();
  const roles: Columns["roles"] = [];
  const unknown: string[] = [];
  headers.forEach((h, i) => {
    if (ROLE.test(h)) roles.push({ header: h, index: i });
    else if (known.has(h)) index.set(h, i);
    else if (!IGNORED.has(h)) unknown.push(h);
  });
  return { index, roles, unknown };
}

/** The cell of a column, trimmed; "" when the column is missing or the cell empty (an empty cell keeps the stored value). */
export const cellOf = (cols: Columns, cells: string[], column: string): string => {
  const i = cols.index.get(column);
  return i === undefined ? "" : (cells[i] ?? "").trim();
};

/** "1", "true", "yes" and the like; null when the cell says neither. */
export function flagOf(value: string): boolean | null {
  const v = value.toLowerCase();
  if (["1", "true", "yes", "y", "ja", "x"].includes(v)) return true;
  if (["0", "false", "no", "n", "nein"].includes(v)) return false;
  return null;
}
