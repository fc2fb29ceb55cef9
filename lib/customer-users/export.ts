import "server-only";

import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import { stringify as stringifySync } from "csv-stringify/sync";

import type { Sees } from "@/lib/acl/visibility";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { prisma, transaction } from "@/lib/db";
import { isLocked } from "@/lib/identity/shop-lockout";

import { neutraliseCell } from "./csv-cells";
import type { CustomerUserListParams } from "./params";
import { customerUserKeysetQuery, customerUserMaxRolesQuery, type GridKey } from "./query";
import { withoutCompany } from "./service";

export type ExportEntity = "users" | "addresses";
export type Delimiter = "," | ";";

/** `?delimiter=semicolon` (or `;`) for Excel in German locales; a comma otherwise. */
export const delimiterOf = (raw: string | null): Delimiter => (raw === "semicolon" || raw === ";" ? ";" : ",");

const NAMES = ["Name Prefix", "First Name", "Middle Name", "Last Name", "Name Suffix"];
const USER_HEAD = ["ID", ...NAMES, "Birthday", "Email Address", "Customer Id", "Customer Name"];
const USER_TAIL = [
  "Enabled",
  "Confirmed",
  "Owner Id",
  "Website Id",
  "Website",
  "Preferred Language",
  "Sales Representative Email",
  "Password Status",
  "Locked",
];
const roleHeaders = (n: number) => Array.from({ length: n }, (_, i) => `Roles ${i + 1} Role`);
export const userHeaders = (maxRoles: number) => [...USER_HEAD, ...roleHeaders(maxRoles), ...USER_TAIL];
export const ADDRESS_HEADERS = [
  "Customer User ID",
  "Email Address",
  "Label",
  ...NAMES,
  "Organization",
  "Street",
  "Street 2",
  "City",
  "Postal Code",
  "Country",
  "Region",
  "Phone",
  "Billing",
  "Shipping",
  "Default Billing",
  "Default Shipping",
];

const flag = (v: boolean) => (v ? "1" : "0");
const text = (v: string | null | undefined) => v ?? "";
/** A calendar date in ISO 8601 (machine-readable: not the display format of lib/i18n/dates) */
export const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** When the selection is taken (lockouts end with time) and how many users a statement reads. */
type Walk = { now: Date; batch: number };

/** One batch of the walk: the ids in the grid's order, and where it ended (the next batch starts after it). */
export type SelectedBatch = { ids: string[]; last: GridKey };

/** The ids of the rows the grid's URL selects, in its order, a batch at a time, from after `after` on. */
export async function* selectedBatches(
  params: CustomerUserListParams,
  { now, batch }: Walk,
  after: GridKey | null = null,
): AsyncGenerator<SelectedBatch> {
  for (;;) {
    const rows: { id: string; key: unknown }[] = await prisma.$queryRaw(
      customerUserKeysetQuery(params, after, batch, now),
    );
    if (rows.length) after = { key: rows[rows.length - 1]!.key, id: rows[rows.length - 1]!.id };
    if (rows.length) yield { ids: rows.map((r) => r.id), last: after! };
    if (rows.length < batch) return;
  }
}

/** What one export writes, fixed before its first row: the rows selected, what the viewer sees, the role columns. */
export type ExportPlan = {
  entity: ExportEntity;
  params: CustomerUserListParams;
  sees: Sees;
  now: Date;
  maxRoles: number;
};

/**
 * A viewer who may not view companies neither filters nor sorts by company nor sees its name, as
 * on the grid; the role columns are as many as the selected user with the most roles holds.
 */
export async function planExport(
  entity: ExportEntity,
  params: CustomerUserListParams,
  sees: Sees,
  now: Date,
  maxRoles?: number,
): Promise<ExportPlan> {
  const visible = sees("customers/company/view") ? params : withoutCompany(params);
  if (entity === "users" && maxRoles === undefined)
    [{ maxRoles } = { maxRoles: 0 }] = await prisma.$queryRaw<{ maxRoles: number }[]>(
      customerUserMaxRolesQuery(visible, now),
    );
  return { entity, params: visible, sees, now, maxRoles: maxRoles ?? 0 };
}

export const headerOf = (plan: ExportPlan) => (plan.entity === "users" ? userHeaders(plan.maxRoles) : ADDRESS_HEADERS);

/** The file's rows of one batch of selected customer users. */
export const rowsOf = (plan: ExportPlan, ids: string[]) =>
  plan.entity === "users" ? userRows(plan, ids) : addressRows(ids);

async function userRows({ sees, maxRoles, now }: ExportPlan, ids: string[]): Promise<string[][]> {
  const companies = sees("customers/company/view");
  const staff = sees("users/user/view");
  const users = await prisma.customerUser.findMany({
    where: { id: { in: ids } },
    include: {
      company: { select: { name: true } },
      website: { select: { name: true } },
      preferredLocalization: { select: { code: true } },
      salesRep: { select: { email: true } },
      roles: { select: { role: { select: { name: true } } }, orderBy: { role: { name: "asc" } } },
    },
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  // a user deleted between the two statements is left out
  return ids.flatMap((id) => {
    const u = byId.get(id);
    if (!u) return [];
    const roles = u.roles.map((r) => r.role.name);
    return [
      [
        u.id,
        text(u.namePrefix),
        u.firstName,
        text(u.middleName),
        u.lastName,
        text(u.nameSuffix),
        isoDate(u.birthday),
        u.email,
        u.companyId,
        companies ? u.company.name : "",
        ...roles,
        ...Array<string>(maxRoles - roles.length).fill(""),
        flag(u.enabled),
        flag(u.confirmed),
        staff ? text(u.salesRepId) : "",
        u.websiteId,
        u.website.name,
        text(u.preferredLocalization?.code),
        staff ? text(u.salesRep?.email) : "",
        u.passwordStatus,
        flag(isLocked(u, now)),
      ],
    ];
  });
}

async function addressRows(ids: string[]): Promise<string[][]> {
  const addresses = await prisma.customerAddress.findMany({
    where: { customerUserId: { in: ids } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { customerUser: { select: { email: true } } },
  });
  const order = new Map(ids.map((id, i) => [id, i]));
  addresses.sort((a, b) => order.get(a.customerUserId!)! - order.get(b.customerUserId!)!);
  return addresses.map((a) => [
    a.customerUserId!,
    a.customerUser!.email,
    text(a.label),
    text(a.namePrefix),
    text(a.firstName),
    text(a.middleName),
    text(a.lastName),
    text(a.nameSuffix),
    text(a.organization),
    a.street,
    text(a.street2),
    a.city,
    a.postalCode,
    a.country,
    text(a.region),
    text(a.phone),
    flag(a.billing),
    flag(a.shipping),
    flag(a.defaultBilling),
    flag(a.defaultShipping),
  ]);
}

/** What "Export template" gives: the headers and one example row. */
const TEMPLATE: Record<ExportEntity, string[][]> = {
  users: [
    userHeaders(1),
    [
      "",
      "Ms.",
      "Jane",
      "",
      "Doe",
      "",
      "1990-01-31",
      "jane.doe@example.com",
      "company-id",
      "Acme Inc.",
      "Buyer",
      "1",
      "1",
      "",
      "website-id",
      "Main website",
      "en",
      "sales@example.com",
      "ACTIVE",
      "0",
    ],
  ],
  addresses: [
    ADDRESS_HEADERS,
    [
      "customer-user-id",
      "jane.doe@example.com",
      "Head office",
      "Ms.",
      "Jane",
      "",
      "Doe",
      "",
      "Acme Inc.",
      "Main Street 1",
      "",
      "Berlin",
      "10115",
      "DE",
      "",
      "+49 30 123456",
      "1",
      "1",
      "1",
      "1",
    ],
  ],
};

/**
 * csv-stringify's settings for every file: Windows line ends, a BOM before the first row only. A line
 * break of either kind is quoted too: csv-stringify quotes only the record delimiter itself ("\r\n"),
 * and a bare "\n" or "\r" in an unquoted cell would end the record for every reader.
 */
const csvOptions = (delimiter: Delimiter | "\t", bom: boolean) => ({
  delimiter,
  bom,
  record_delimiter: "windows" as const,
  quoted_match: /[\r\n]/,
});

/**
 * Rows as the text of a CSV file (or of a piece of one that continues after `bom: false`), every
 * cell neutralised against formulas, the header row too: an export job writes its file a batch at
 * a time with this, byte for byte what the stream below writes.
 */
export const csvText = (rows: string[][], delimiter: Delimiter, bom: boolean): string =>
  stringifySync(
    rows.map((row) => row.map(neutraliseCell)),
    csvOptions(delimiter, bom),
  );

/**
 * Rows through csv-stringify into a web stream: UTF-8 with a BOM (so Excel reads the umlauts),
 * every cell neutralised against formulas, the header row too. The generator is pulled only as the
 * response is read, a batch at a time, so memory stays flat whatever the size.
 */
export function csvStream(
  rows: AsyncIterable<string[]> | Iterable<string[]>,
  delimiter: Delimiter | "\t",
): ReadableStream {
  const source = Readable.from(
    (async function* () {
      for await (const row of rows) yield row.map(neutraliseCell);
    })(),
  );
  const csv = source.pipe(stringify(csvOptions(delimiter, true)));
  source.on("error", (e) => csv.destroy(e));
  return Readable.toWeb(csv) as ReadableStream;
}

/** The customer users (or their addresses) that the grid's URL selects, in its order, as the viewer may see them. */
export function exportCustomerUsers(
  entity: ExportEntity,
  params: CustomerUserListParams,
  sees: Sees,
  delimiter: Delimiter,
  { now = new Date(), batch = 1000 }: Partial<Walk> = {},
): ReadableStream {
  return csvStream(
    (async function* () {
      const plan = await planExport(entity, params, sees, now);
      yield headerOf(plan);
      for await (const { ids } of selectedBatches(plan.params, { now, batch })) yield* await rowsOf(plan, ids);
    })(),
    delimiter,
  );
}

export function exportTemplate(entity: ExportEntity, delimiter: Delimiter): ReadableStream {
  return csvStream(TEMPLATE[entity], delimiter);
}

/** One audit entry per export: who took which selection out, before the first byte leaves. */
export async function auditExport(
  actor: Actor,
  what: ExportEntity | `template:${ExportEntity}`,
  params: CustomerUserListParams | null,
  delimiter: Delimiter,
): Promise<void> {
  const selection = params && { filters: params.filters, sort: params.sort, dir: params.dir };
  await transaction((tx) =>
    recordAudit(tx, actor, {
      entity: "customer-user",
      entityId: "*",
      action: "export",
      after: { export: what, delimiter, ...selection },
    }),
  );
}
