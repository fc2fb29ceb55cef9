import "server-only";

import { Readable } from "node:stream";
import { stringify } from "csv-stringify";

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

/** The ids of the rows the grid's URL selects, in its order, a batch at a time. */
async function* selectedIds(params: CustomerUserListParams, { now, batch }: Walk): AsyncGenerator<string[]> {
  let after: GridKey | null = null;
  for (;;) {
    const rows: { id: string; key: unknown }[] = await prisma.$queryRaw(
      customerUserKeysetQuery(params, after, batch, now),
    );
    if (rows.length) yield rows.map((r) => r.id);
    if (rows.length < batch) return;
    after = rows[rows.length - 1]!;
  }
}

async function* userRows(params: CustomerUserListParams, sees: Sees, walk: Walk) {
  const companies = sees("customers/company/view");
  const staff = sees("users/user/view");
  const [{ maxRoles } = { maxRoles: 0 }] = await prisma.$queryRaw<{ maxRoles: number }[]>(
    customerUserMaxRolesQuery(params, walk.now),
  );
  yield userHeaders(maxRoles);
  for await (const ids of selectedIds(params, walk)) {
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
    for (const id of ids) {
      const u = byId.get(id);
      if (!u) continue; // deleted between the two statements
      const roles = u.roles.map((r) => r.role.name);
      yield [
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
        flag(isLocked(u, walk.now)),
      ];
    }
  }
}

async function* addressRows(params: CustomerUserListParams, walk: Walk) {
  yield ADDRESS_HEADERS;
  for await (const ids of selectedIds(params, walk)) {
    const addresses = await prisma.customerAddress.findMany({
      where: { customerUserId: { in: ids } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { customerUser: { select: { email: true } } },
    });
    const order = new Map(ids.map((id, i) => [id, i]));
    addresses.sort((a, b) => order.get(a.customerUserId!)! - order.get(b.customerUserId!)!);
    for (const a of addresses) {
      yield [
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
      ];
    }
  }
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
  // a line break of either kind is quoted too: csv-stringify quotes only the record delimiter itself ("\r\n"),
  // and a bare "\n" or "\r" in an unquoted cell would end the record for every reader
  const csv = source.pipe(stringify({ delimiter, bom: true, record_delimiter: "windows", quoted_match: /[\r\n]/ }));
  source.on("error", (e) => csv.destroy(e));
  return Readable.toWeb(csv) as ReadableStream;
}

/**
 * The customer users (or their addresses) that the grid's URL selects, in its order. A viewer who
 * may not view companies neither filters nor sorts by company nor sees its name, as on the grid; one
 * who may not view staff users gets no sales representative.
 */
export function exportCustomerUsers(
  entity: ExportEntity,
  params: CustomerUserListParams,
  sees: Sees,
  delimiter: Delimiter,
  { now = new Date(), batch = 1000 }: Partial<Walk> = {},
): ReadableStream {
  const visible = sees("customers/company/view") ? params : withoutCompany(params);
  const walk = { now, batch };
  return csvStream(entity === "users" ? userRows(visible, sees, walk) : addressRows(visible, walk), delimiter);
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
