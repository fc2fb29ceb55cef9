import "server-only";

import { formatPhone } from "@/lib/contact-fields";
import { listAssignableRoles } from "@/lib/customer-roles/service";
import { addressFormValues, type StoredAddress } from "@/lib/customer-users/form-data";
import type { CustomerUserFormInput } from "@/lib/customer-users/schema";
import type { PersonalColumns } from "@/lib/customer-users/write-helpers";
import { prisma } from "@/lib/db";

import type { CsvRecord } from "./parse";
import { cellOf, COL, type Columns } from "./user-columns";

export type Website = { id: string; name: string; localizations: Map<string, string> };
/** A stored customer user as the edit form starts, with the names a file writes for its references. */
export type StoredUser = {
  id: string;
  input: CustomerUserFormInput;
  companyName: string;
  roleNames: Map<string, string>;
  localizationCode: string;
  salesRepEmail: string;
};

/** Everything the rows of one chunk point at, read with one statement per kind, never one per row. */
export type Lookups = {
  websites: Map<string, Website>;
  websitesByName: Map<string, Website[]>;
  localizationCodes: Map<string, string>;
  staffByEmail: Map<string, { id: string; email: string; active: boolean }>;
  staffById: Map<string, { id: string; email: string; active: boolean }>;
  companies: Map<string, { id: string; name: string }>;
  companiesByName: Map<string, { id: string; name: string }[]>;
  /** `${companyId}\t${lower name}` for a company's own roles, `\t${lower name}` for the predefined ones */
  roles: Map<string, { id: string; name: string }>;
  usersById: Map<string, StoredUser>;
  /** `${websiteId}\t${lower e-mail}` */
  usersByKey: Map<string, StoredUser>;
  /** every company and sales representative the chunk names or its stored users hold, for showing changes */
  companyNames: Map<string, string>;
  staffEmails: Map<string, string>;
  predefinedRoleIds: Set<string>;
};

const lower = (s: string) => s.toLowerCase();
const group = <T>(items: T[], key: (t: T) => string) => {
  const out = new Map<string, T[]>();
  for (const i of items) {
    const k = key(i);
    const list = out.get(k);
    if (list) list.push(i);
    else out.set(k, [i]);
  }
  return out;
};

/** The websites and languages: a handful of rows, read once per pass. */
export async function loadWebsites() {
  const [websites, localizations] = await Promise.all([
    prisma.website.findMany({
      select: {
        id: true,
        name: true,
        localizations: { select: { localization: { select: { id: true, code: true } } } },
      },
    }),
    prisma.localization.findMany({ select: { id: true, code: true } }),
  ]);
  const list: Website[] = websites.map((w) => ({
    id: w.id,
    name: w.name,
    localizations: new Map(w.localizations.map((l) => [lower(l.localization.code), l.localization.id])),
  }));
  return {
    websites: new Map(list.map((w) => [w.id, w])),
    websitesByName: group(list, (w) => lower(w.name)),
    localizationCodes: new Map(localizations.map((l) => [l.id, l.code])),
  };
}

type UserRow = PersonalColumns & {
  id: string;
  companyId: string;
  salesRepId: string | null;
  websiteId: string;
  preferredLocalizationId: string | null;
  companyName: string;
  salesRepEmail: string | null;
  localizationCode: string | null;
  roles: { id: string; name: string }[];
  addresses: StoredAddress[];
};

/**
 * Stored users with what their edit form shows, by id: one statement for a chunk, roles and
 * addresses aggregated per user.
 */
const loadUsers = (ids: string[]) => prisma.$queryRaw<UserRow[]>`
  SELECT u.id, u.enabled, u."namePrefix", u."firstName", u."middleName", u."lastName", u."nameSuffix", u.email,
    to_char(u.birthday, 'YYYY-MM-DD') AS birthday, u.phone, u."companyId", u."salesRepId", u."websiteId",
    u."preferredLocalizationId", c.name AS "companyName", s.email AS "salesRepEmail", l.code AS "localizationCode",
    COALESCE((SELECT json_agg(json_build_object('id', r.id, 'name', r.name))
      FROM "CustomerUserRole" ur JOIN "CustomerRole" r ON r.id = ur."roleId" WHERE ur."customerUserId" = u.id), '[]') AS roles,
    COALESCE((SELECT json_agg(json_build_object('id', a.id, 'label', a.label, 'organization', a.organization,
        'firstName', a."firstName", 'lastName', a."lastName", 'street', a.street, 'street2', a.street2, 'city', a.city,
        'postalCode', a."postalCode", 'region', a.region, 'country', a.country, 'phone', a.phone, 'billing', a.billing,
        'shipping', a.shipping, 'defaultBilling', a."defaultBilling", 'defaultShipping', a."defaultShipping")
        ORDER BY a."createdAt", a.id)
      FROM "CustomerAddress" a WHERE a."customerUserId" = u.id), '[]') AS addresses
  FROM "CustomerUser" u JOIN "Company" c ON c.id = u."companyId"
  LEFT JOIN "StaffUser" s ON s.id = u."salesRepId"
  LEFT JOIN "Localization" l ON l.id = u."preferredLocalizationId"
  WHERE u.id = ANY(${ids}::text[])`;

/** The edit form's values of a stored user (lib/customer-users/form-data.ts builds the same for the page). */
function storedUser(u: UserRow): StoredUser {
  return {
    id: u.id,
    companyName: u.companyName,
    roleNames: new Map(u.roles.map((r) => [r.id, r.name])),
    localizationCode: u.localizationCode ?? "",
    salesRepEmail: u.salesRepEmail ?? "",
    input: {
      enabled: u.enabled,
      namePrefix: u.namePrefix ?? "",
      firstName: u.firstName,
      middleName: u.middleName ?? "",
      lastName: u.lastName,
      nameSuffix: u.nameSuffix ?? "",
      email: u.email,
      birthday: u.birthday ?? "",
      phone: formatPhone(u.phone),
      companyMode: "existing",
      companyId: u.companyId,
      newCompanyName: "",
      newCompanyParentId: "",
      salesRepId: u.salesRepId ?? "",
      websiteId: u.websiteId,
      preferredLocalizationId: u.preferredLocalizationId ?? "",
      roleIds: u.roles.map((r) => r.id).sort(),
      addresses: u.addresses.map(addressFormValues),
      generatePassword: true,
      password: "",
      repeatPassword: "",
      sendWelcomeEmail: false,
    },
  };
}

/** Stored users by id, or by website and e-mail (lower-cased, as stored): one statement for any number. */
export async function loadStoredUsers(ids: string[], keys: { websiteId: string; email: string }[]) {
  // which users first, on the primary key and the (website, e-mail) index: a join here would scan the table
  const found = await prisma.$queryRaw<{ id: string }[]>`
    SELECT id FROM "CustomerUser" WHERE id = ANY(${ids}::text[])
    UNION
    SELECT id FROM "CustomerUser"
    WHERE ("websiteId", email) IN (SELECT * FROM unnest(${keys.map((k) => k.websiteId)}::text[], ${keys.map((k) => k.email)}::text[]))`;
  const users = found.length ? (await loadUsers(found.map((f) => f.id))).map(storedUser) : [];
  return {
    usersById: new Map(users.map((u) => [u.id, u])),
    usersByKey: new Map(users.map((u) => [`${u.input.websiteId}\t${u.input.email}`, u])),
  };
}

/** Everything a chunk's rows name, in a few statements. */
export async function loadLookups(
  rows: CsvRecord[],
  cols: Columns,
  base: Awaited<ReturnType<typeof loadWebsites>>,
): Promise<Lookups> {
  const cells = (c: string) => [...new Set(rows.map((r) => cellOf(cols, r.cells, c)).filter(Boolean))];
  const websiteOf = (r: CsvRecord) => {
    const id = cellOf(cols, r.cells, COL.websiteId);
    if (id) return id;
    const byName = base.websitesByName.get(lower(cellOf(cols, r.cells, COL.website)));
    return byName?.length === 1 ? byName[0]!.id : "";
  };
  const keys = rows.flatMap((r) => {
    const email = lower(cellOf(cols, r.cells, COL.email));
    const websiteId = websiteOf(r);
    return email && websiteId ? [{ websiteId, email }] : [];
  });
  const [stored, staff, companies] = await Promise.all([
    loadStoredUsers(cells(COL.id), keys),
    prisma.staffUser.findMany({
      where: { OR: [{ email: { in: cells(COL.salesRep).map(lower) } }, { id: { in: cells(COL.ownerId) } }] },
      select: { id: true, email: true, status: true },
    }),
    prisma.company.findMany({
      where: { OR: [{ id: { in: cells(COL.companyId) } }, { name: { in: cells(COL.companyName) } }] },
      select: { id: true, name: true },
    }),
  ]);
  const companyIds = [
    ...new Set([...companies.map((c) => c.id), ...[...stored.usersById.values()].map((u) => u.input.companyId!)]),
  ];
  const roles = await listAssignableRoles(companyIds);
  const staffRows = staff.map((s) => ({ id: s.id, email: s.email, active: s.status === "ACTIVE" }));
  const storedUsers = [...stored.usersById.values()];
  return {
    ...base,
    ...stored,
    staffByEmail: new Map(staffRows.map((s) => [s.email, s])),
    staffById: new Map(staffRows.map((s) => [s.id, s])),
    companies: new Map(companies.map((c) => [c.id, c])),
    companiesByName: group(companies, (c) => lower(c.name)),
    roles: new Map(roles.map((r) => [`${r.companyId ?? ""}\t${lower(r.name)}`, { id: r.id, name: r.name }])),
    companyNames: new Map([
      ...companies.map((c) => [c.id, c.name] as const),
      ...storedUsers.map((u) => [u.input.companyId!, u.companyName] as const),
    ]),
    staffEmails: new Map([
      ...staffRows.map((st) => [st.id, st.email] as const),
      ...storedUsers.flatMap((u) => (u.input.salesRepId ? [[u.input.salesRepId, u.salesRepEmail] as const] : [])),
    ]),
    predefinedRoleIds: new Set(roles.filter((r) => r.companyId === null).map((r) => r.id)),
  };
}
