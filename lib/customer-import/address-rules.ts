import "server-only";

import { addressSchema, emptyAddress, type AddressInput } from "@/lib/customer-users/address-schema";
import { ADDRESS_HEADERS } from "@/lib/customer-users/export";
import {
  customerUserFormSchema,
  type CustomerUserFormInput,
  type CustomerUserFormValues,
} from "@/lib/customer-users/schema";
import { prisma } from "@/lib/db";

import { keyed, messageOf, type RowError } from "./messages";
import type { CsvRecord } from "./parse";
import { flagOf } from "./user-columns";
import { loadStoredUsers, type StoredUser } from "./user-lookups";
import type { Change, Outcome } from "./user-rules";

/** The address columns as the export writes them, by the form's field. */
const FIELDS = {
  label: "Label",
  firstName: "First Name",
  lastName: "Last Name",
  organization: "Organization",
  street: "Street",
  street2: "Street 2",
  city: "City",
  postalCode: "Postal Code",
  country: "Country",
  region: "Region",
  phone: "Phone",
} as const;
const FLAGS = {
  billing: "Billing",
  shipping: "Shipping",
  defaultBilling: "Default Billing",
  defaultShipping: "Default Shipping",
} as const;
const USER_ID = "Customer User ID";
const EMAIL = "Email Address";

const ADDRESS = addressSchema(keyed);
const EDIT = customerUserFormSchema(keyed, "edit");
const lower = (s: string) => s.trim().toLowerCase();
const err = (column: string | null, key: string, values?: Record<string, string | number>): RowError => ({
  column,
  message: { key: `customerImport.errors.${key}`, ...(values ? { values } : {}) },
});

export type AddressColumns = { index: Map<string, number>; unknown: string[] };
export function mapAddressColumns(headers: string[]): AddressColumns {
  const known = new Set(ADDRESS_HEADERS);
  const index = new Map<string, number>();
  const unknown: string[] = [];
  headers.forEach((h, i) => (known.has(h) ? index.set(h, i) : unknown.push(h)));
  return { index, unknown };
}
const cellOf = (cols: AddressColumns, cells: string[], c: string) => {
  const i = cols.index.get(c);
  return i === undefined ? "" : (cells[i] ?? "").trim();
};

type Stored = AddressInput & { id?: string };
/** Which stored address a row means: the same label, else the same street, city, postal code and country. */
const sameAddress = (a: Stored, cells: (c: string) => string) => {
  if (cells("Label")) return lower(a.label) === lower(cells("Label"));
  return (
    !!cells("Street") &&
    lower(a.street) === lower(cells("Street")) &&
    lower(a.city) === lower(cells("City")) &&
    lower(a.postalCode) === lower(cells("Postal Code")) &&
    lower(a.country) === lower(cells("Country"))
  );
};

/** The key of the address a row means, for the rule that two rows of the file may not mean the same one. */
export function addressKey(cols: AddressColumns, cells: string[]): string | null {
  const c = (n: string) => lower(cellOf(cols, cells, n));
  const who = c(USER_ID) || c(EMAIL);
  if (!who) return null;
  return c("Label")
    ? `${who}\tlabel\t${c("Label")}`
    : `${who}\t${c("Street")}\t${c("City")}\t${c("Postal Code")}\t${c("Country")}`;
}

/** The users a chunk's rows name: by id, or by e-mail (which must then be unique across websites). */
export async function loadAddressUsers(recs: CsvRecord[], cols: AddressColumns) {
  const ids = [...new Set(recs.map((r) => cellOf(cols, r.cells, USER_ID)).filter(Boolean))];
  const emails = [...new Set(recs.map((r) => lower(cellOf(cols, r.cells, EMAIL))).filter(Boolean))];
  const byEmail = emails.length
    ? await prisma.customerUser.findMany({
        where: { email: { in: emails } },
        select: { id: true, websiteId: true, email: true },
      })
    : [];
  const { usersById } = await loadStoredUsers([...ids, ...byEmail.map((u) => u.id)], []);
  const emailUsers = new Map<string, StoredUser[]>();
  for (const u of byEmail)
    emailUsers.set(u.email, [...(emailUsers.get(u.email) ?? []), usersById.get(u.id)!].filter(Boolean));
  return { usersById, emailUsers };
}

const shownAddress = (a: AddressInput | null) =>
  Object.fromEntries([
    ...Object.entries(FIELDS).map(([f, c]) => [c, a ? String(a[f as keyof typeof FIELDS] ?? "") : ""]),
    ...Object.entries(FLAGS).map(([f, c]) => [c, a ? (a[f as keyof typeof FLAGS] ? "1" : "0") : ""]),
  ]) as Record<string, string>;

export type AddressOutcome =
  | Extract<Outcome, { kind: "error" } | { kind: "unchanged" }>
  | {
      row: number;
      line: number;
      kind: "create" | "update";
      /** saved as the user's form, once per user and chunk */
      address: true;
      id: string;
      values: CustomerUserFormValues;
      before: CustomerUserFormInput;
      changes: Change[];
    };

/**
 * One address row: the user (ID, else a unique e-mail), the address (label, else street, city,
 * postal code and country), the form's address schema with empty cells keeping stored values, and
 * the whole user form's schema over the user with that address added or changed, which is what the
 * import then saves through the form's service.
 */
export function evaluateAddressRow(
  rec: CsvRecord,
  cols: AddressColumns,
  users: Awaited<ReturnType<typeof loadAddressUsers>>,
  duplicates: Map<string, number[]>,
): AddressOutcome {
  const { row, line, cells } = rec;
  const cell = (c: string) => cellOf(cols, cells, c);
  const errors: RowError[] = [];
  const key = addressKey(cols, cells);
  const others = key ? (duplicates.get(key) ?? []).filter((l) => l !== line) : [];
  if (others.length)
    errors.push(err(cell("Label") ? "Label" : "Street", "duplicateAddress", { lines: others.join(", ") }));

  let user: StoredUser | undefined;
  if (cell(USER_ID)) {
    user = users.usersById.get(cell(USER_ID));
    if (!user) errors.push(err(USER_ID, "unknownUser", { value: cell(USER_ID) }));
  } else {
    const named = users.emailUsers.get(lower(cell(EMAIL))) ?? [];
    if (named.length === 1) user = named[0];
    else errors.push(err(EMAIL, named.length ? "ambiguousUser" : "unknownUser", { value: cell(EMAIL) }));
  }
  if (!user) return { row, line, kind: "error", errors };

  const addresses = user.input.addresses as Stored[];
  const index = addresses.findIndex((a) => sameAddress(a, cell));
  const stored = index >= 0 ? addresses[index]! : null;
  const input: Stored = stored ? { ...stored } : { ...emptyAddress(), billing: false, shipping: false };
  for (const [f, c] of Object.entries(FIELDS)) if (cell(c)) input[f as keyof typeof FIELDS] = cell(c);
  for (const [f, c] of Object.entries(FLAGS)) {
    if (!cell(c)) continue;
    const flag = flagOf(cell(c));
    if (flag === null) errors.push(err(c, "flag", { value: cell(c) }));
    else input[f as keyof typeof FLAGS] = flag;
  }
  const parsed = ADDRESS.safeParse(input);
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      errors.push({
        column: FIELDS[issue.path[0] as keyof typeof FIELDS] ?? FLAGS[issue.path[0] as keyof typeof FLAGS] ?? null,
        message: messageOf(issue.message),
      });
  if (errors.length || !parsed.success) return { row, line, kind: "error", errors };

  const after = shownAddress(parsed.data as unknown as AddressInput);
  const storedParsed = stored && ADDRESS.safeParse(stored);
  const before = shownAddress(storedParsed?.success ? (storedParsed.data as unknown as AddressInput) : stored);
  const changes = Object.entries(after)
    .filter(([c, v]) => before[c] !== v)
    .map(([column, a]) => ({ column, before: stored ? before[column]! : "", after: a }));
  if (stored && !changes.length) return { row, line, kind: "unchanged", id: user.id };
  const nextAddresses = stored ? addresses.map((a, i) => (i === index ? input : a)) : [...addresses, input];
  const values = EDIT.safeParse({ ...user.input, addresses: nextAddresses });
  if (!values.success)
    return {
      row,
      line,
      kind: "error",
      errors: values.error.issues.map((i) => ({ column: null, message: messageOf(i.message) })),
    };
  const kind = stored ? "update" : "create";
  const outcome = {
    row,
    line,
    kind,
    address: true,
    id: user.id,
    values: values.data,
    before: user.input,
    changes,
  } as const;
  // a later row of the file for the same user builds on this one (the import saves the user once per chunk)
  user.input = { ...user.input, addresses: nextAddresses };
  return outcome;
}
