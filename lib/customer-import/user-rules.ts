import {
  customerUserFormSchema,
  type CustomerUserFormInput,
  type CustomerUserFormValues,
} from "@/lib/customer-users/schema";

import { keyed, messageOf, type RowError } from "./messages";
import type { CsvRecord } from "./parse";
import { cellOf, COL, flagOf, type Columns } from "./user-columns";
import type { Lookups, StoredUser } from "./user-lookups";

export type Change = { column: string; before: string; after: string };
export type Outcome =
  | { row: number; line: number; kind: "error"; errors: RowError[] }
  | { row: number; line: number; kind: "unchanged"; id: string }
  | {
      row: number;
      line: number;
      kind: "create";
      address?: undefined;
      values: CustomerUserFormValues;
      changes: Change[];
    }
  | {
      row: number;
      line: number;
      kind: "update";
      address?: undefined;
      id: string;
      values: CustomerUserFormValues;
      before: CustomerUserFormInput;
      changes: Change[];
    };

const SCHEMAS = { create: customerUserFormSchema(keyed, "create"), edit: customerUserFormSchema(keyed, "edit") };
const lower = (s: string) => s.toLowerCase();
const err = (column: string | null, key: string, values?: Record<string, string | number>): RowError => ({
  column,
  message: { key: `customerImport.errors.${key}`, ...(values ? { values } : {}) },
});

/** The form's field a zod issue names, as the file's column. */
const FIELD_COLUMN: Record<string, string> = {
  namePrefix: COL.namePrefix,
  firstName: COL.firstName,
  middleName: COL.middleName,
  lastName: COL.lastName,
  nameSuffix: COL.nameSuffix,
  birthday: COL.birthday,
  email: COL.email,
  companyId: COL.companyId,
  websiteId: COL.websiteId,
  salesRepId: COL.salesRep,
  preferredLocalizationId: COL.language,
  enabled: COL.enabled,
};

/**
 * Rows that name the same e-mail on the same website (as the file writes it), for the rule that
 * they are all errors, each naming the others. One pass over the file's e-mail cells.
 */
export function duplicateKey(cols: Columns, cells: string[]): string | null {
  const email = lower(cellOf(cols, cells, COL.email));
  if (!email) return null;
  return `${lower(cellOf(cols, cells, COL.websiteId) || cellOf(cols, cells, COL.website))}\t${email}`;
}

type Text = string | null | undefined;
type Shown = Record<
  | "namePrefix"
  | "firstName"
  | "middleName"
  | "lastName"
  | "nameSuffix"
  | "birthday"
  | "email"
  | "companyId"
  | "salesRepId"
  | "preferredLocalizationId",
  Text
> & { enabled: boolean; websiteId: string; roleIds: string[] };
type Names = { companies: Map<string, string>; roles: Map<string, string>; staff: Map<string, string> };

/** What a person compares: the file's columns with names for references, as the export writes them. */
function shown(v: Shown, lk: Lookups, names: Names): Record<string, string> {
  const text = (x: unknown) => (x === null || x === undefined ? "" : String(x));
  return {
    [COL.namePrefix]: text(v.namePrefix),
    [COL.firstName]: text(v.firstName),
    [COL.middleName]: text(v.middleName),
    [COL.lastName]: text(v.lastName),
    [COL.nameSuffix]: text(v.nameSuffix),
    [COL.birthday]: text(v.birthday),
    [COL.email]: text(v.email),
    [COL.companyName]: names.companies.get(v.companyId ?? "") ?? text(v.companyId),
    Roles: v.roleIds
      .map((id) => names.roles.get(id) ?? id)
      .sort()
      .join(", "),
    [COL.enabled]: v.enabled ? "1" : "0",
    [COL.website]: lk.websites.get(v.websiteId)?.name ?? v.websiteId,
    [COL.language]: lk.localizationCodes.get(v.preferredLocalizationId ?? "") ?? "",
    [COL.salesRep]: names.staff.get(v.salesRepId ?? "") ?? text(v.salesRepId),
  };
}

function changesOf(before: Record<string, unknown>, after: Record<string, unknown>): Change[] {
  const out: Change[] = [];
  for (const [column, a] of Object.entries(after)) {
    const b = before[column];
    if ((b ?? "") !== (a ?? "")) out.push({ column, before: String(b ?? ""), after: String(a ?? "") });
  }
  return out;
}

/**
 * One row against the stored data: the match (ID, else website + e-mail), the form's values with
 * every empty cell keeping the stored value, the form's own schema, and the references the form's
 * service checks (website, language of that website, active sales representative, roles of the
 * company). The import's writes call that service, which checks them all again.
 */
export function evaluateUserRow(
  rec: CsvRecord,
  cols: Columns,
  lk: Lookups,
  duplicates: Map<string, number[]>,
): Outcome {
  const { row, line, cells } = rec;
  const cell = (c: string) => cellOf(cols, cells, c);
  const errors: RowError[] = [];

  const dupKey = duplicateKey(cols, cells);
  const others = dupKey ? (duplicates.get(dupKey) ?? []).filter((l) => l !== line) : [];
  if (others.length) errors.push(err(COL.email, "duplicateEmail", { lines: others.join(", ") }));

  // the website: by id, else by name
  let websiteId = cell(COL.websiteId);
  if (websiteId && !lk.websites.has(websiteId)) errors.push(err(COL.websiteId, "unknownWebsite", { value: websiteId }));
  if (!websiteId && cell(COL.website)) {
    const named = lk.websitesByName.get(lower(cell(COL.website))) ?? [];
    if (named.length === 1) websiteId = named[0]!.id;
    else errors.push(err(COL.website, "unknownWebsite", { value: cell(COL.website) }));
  }

  // the match
  let stored: StoredUser | undefined;
  const id = cell(COL.id);
  if (id) {
    stored = lk.usersById.get(id);
    if (!stored) return { row, line, kind: "error", errors: [...errors, err(COL.id, "unknownId", { value: id })] };
  } else if (websiteId && cell(COL.email)) {
    stored = lk.usersByKey.get(`${websiteId}\t${lower(cell(COL.email))}`);
  }
  if (!stored && !websiteId && !errors.some((e) => e.column === COL.website || e.column === COL.websiteId))
    errors.push(err(COL.websiteId, "websiteRequired"));

  const input: CustomerUserFormInput = stored
    ? { ...stored.input, roleIds: [...stored.input.roleIds] }
    : {
        enabled: true,
        namePrefix: "",
        firstName: "",
        middleName: "",
        lastName: "",
        nameSuffix: "",
        email: "",
        birthday: "",
        phone: "",
        companyMode: "existing",
        companyId: "",
        newCompanyName: "",
        newCompanyParentId: "",
        salesRepId: "",
        websiteId: "",
        preferredLocalizationId: "",
        roleIds: [],
        addresses: [],
        generatePassword: true,
        password: "",
        repeatPassword: "",
        sendWelcomeEmail: false,
      };
  for (const f of ["namePrefix", "firstName", "middleName", "lastName", "nameSuffix", "birthday", "email"] as const) {
    const v = cell(FIELD_COLUMN[f]!);
    if (v) input[f] = v;
  }
  if (websiteId) input.websiteId = websiteId;

  const enabled = cell(COL.enabled);
  if (enabled) {
    const flag = flagOf(enabled);
    if (flag === null) errors.push(err(COL.enabled, "flag", { value: enabled }));
    else input.enabled = flag;
  }

  // the company: by id, else by its exact name
  const companyId = cell(COL.companyId);
  const companyName = cell(COL.companyName);
  if (companyId) {
    if (lk.companies.has(companyId)) input.companyId = companyId;
    else errors.push(err(COL.companyId, "unknownCompany", { value: companyId }));
  } else if (companyName) {
    const named = lk.companiesByName.get(lower(companyName)) ?? [];
    if (named.length === 1) input.companyId = named[0]!.id;
    else
      errors.push(err(COL.companyName, named.length ? "ambiguousCompany" : "unknownCompany", { value: companyName }));
  }

  // the sales representative: by e-mail, else Oro's owner id
  const rep = cell(COL.salesRep) ? lk.staffByEmail.get(lower(cell(COL.salesRep))) : undefined;
  const owner = !cell(COL.salesRep) && cell(COL.ownerId) ? lk.staffById.get(cell(COL.ownerId)) : undefined;
  if (cell(COL.salesRep) && !rep?.active)
    errors.push(err(COL.salesRep, "unknownSalesRep", { value: cell(COL.salesRep) }));
  else if (rep) input.salesRepId = rep.id;
  if (!cell(COL.salesRep) && cell(COL.ownerId)) {
    if (owner?.active) input.salesRepId = owner.id;
    else errors.push(err(COL.ownerId, "unknownSalesRep", { value: cell(COL.ownerId) }));
  }

  // the language: a code the user's website offers
  const language = cell(COL.language);
  const website = lk.websites.get(input.websiteId);
  if (language && website) {
    const locId = website.localizations.get(lower(language));
    if (locId) input.preferredLocalizationId = locId;
    else errors.push(err(COL.language, "unknownLanguage", { value: language }));
  }

  // roles: by name, the company's own or a predefined one; no role cell filled keeps the stored roles
  const roleNames = new Map(stored?.roleNames);
  const roleCells = cols.roles
    .map((r) => ({ header: r.header, name: (cells[r.index] ?? "").trim() }))
    .filter((r) => r.name);
  if (roleCells.length) {
    input.roleIds = [];
    for (const { header, name } of roleCells) {
      const role = lk.roles.get(`${input.companyId}\t${lower(name)}`) ?? lk.roles.get(`\t${lower(name)}`);
      if (!role) errors.push(err(header, "unknownRole", { value: name }));
      else if (!input.roleIds.includes(role.id)) {
        input.roleIds.push(role.id);
        roleNames.set(role.id, role.name);
      }
    }
    input.roleIds.sort();
  } else if (stored && input.companyId !== stored.input.companyId) {
    // a company's own roles stay with the company: a user moved without naming roles keeps the predefined ones
    input.roleIds = input.roleIds.filter((rid) => lk.predefinedRoleIds.has(rid));
  }

  const parsed = SCHEMAS[stored ? "edit" : "create"].safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "");
      const column = field === "roleIds" ? (cols.roles[0]?.header ?? "Roles 1 Role") : (FIELD_COLUMN[field] ?? null);
      if (field === "websiteId" && errors.some((e) => e.column === COL.websiteId || e.column === COL.website)) continue;
      // a role cell that named no known role already says why the user has none
      if (field === "roleIds" && errors.some((e) => cols.roles.some((r) => r.header === e.column))) continue;
      errors.push({ column, message: messageOf(issue.message) });
    }
  }
  if (parsed.success && stored && parsed.data.email !== stored.input.email) {
    const taken = lk.usersByKey.get(`${parsed.data.websiteId}\t${parsed.data.email}`);
    if (taken && taken.id !== stored.id) errors.push(err(COL.email, "emailTaken"));
  }
  if (errors.length || !parsed.success) return { row, line, kind: "error", errors };

  const names: Names = { companies: lk.companyNames, roles: roleNames, staff: lk.staffEmails };
  const after = shown(parsed.data, lk, names);
  if (!stored) return { row, line, kind: "create", values: parsed.data, changes: changesOf({}, after) };
  const changes = changesOf(shown(stored.input, lk, names), after);
  if (!changes.length) return { row, line, kind: "unchanged", id: stored.id };
  return { row, line, kind: "update", id: stored.id, values: parsed.data, before: stored.input, changes };
}
