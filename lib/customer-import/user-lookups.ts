import "server-only";

import { formatPhone } from "@/lib/contact-fields";
import { listAssignableRoles } from "@/lib/customer-roles/service";
import { isoDate } from "@/lib/customer-users/export";
import type { CustomerUserFormInput } from "@/lib/customer-users/schema";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

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
};

const lower = (s: string) => s.toLowerCase();
const group = <T>(items: T[], key: (t: T) => string) => {
  const out = new Map<string, T[]>();
  for (const i of items) out.set(key(i), [...(out.get(key(i)) ?? []), i]);
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

const USER_SELECT = {
  id: true,
  enabled: true,
  namePrefix: true,
  firstName: true,
  middleName: true,
  lastName: true,
  nameSuffix: true,
  email: true,
  birthday: true,
  phone: true,
  companyId: true,
  salesRepId: true,
  websiteId: true,
  preferredLocalizationId: true,
  company: { select: { name: true } },
  salesRep: { select: { email: true } },
  preferredLocalization: { select: { code: true } },
  roles: { select: { role: { select: { id: true, name: true } } } },
  addresses: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
} satisfies Prisma.CustomerUserSelect;

type UserRow = Awaited<ReturnType<typeof loadUsers>>[number];
const loadUsers = (where: object) => prisma.customerUser.findMany({ where, select: USER_SELECT });

/** The edit form's values of a stored user (lib/customer-users/form-data.ts builds the same for the page). */
function storedUser(u: UserRow): StoredUser {
  return {
    id: u.id,
    companyName: u.company.name,
    roleNames: new Map(u.roles.map((r) => [r.role.id, r.role.name])),
    localizationCode: u.preferredLocalization?.code ?? "",
    salesRepEmail: u.salesRep?.email ?? "",
    input: {
      enabled: u.enabled,
      namePrefix: u.namePrefix ?? "",
      firstName: u.firstName,
      middleName: u.middleName ?? "",
      lastName: u.lastName,
      nameSuffix: u.nameSuffix ?? "",
      email: u.email,
      birthday: isoDate(u.birthday),
      phone: formatPhone(u.phone),
      companyMode: "existing",
      companyId: u.companyId,
      newCompanyName: "",
      newCompanyParentId: "",
      salesRepId: u.salesRepId ?? "",
      websiteId: u.websiteId,
      preferredLocalizationId: u.preferredLocalizationId ?? "",
      roleIds: u.roles.map((r) => r.role.id).sort(),
      addresses: u.addresses.map((a) => ({
        id: a.id,
        label: a.label ?? "",
        organization: a.organization ?? "",
        firstName: a.firstName ?? "",
        lastName: a.lastName ?? "",
        street: a.street,
        street2: a.street2 ?? "",
        city: a.city,
        postalCode: a.postalCode,
        region: a.region ?? "",
        country: a.country,
        phone: formatPhone(a.phone),
        billing: a.billing,
        shipping: a.shipping,
        defaultBilling: a.defaultBilling,
        defaultShipping: a.defaultShipping,
      })),
      generatePassword: true,
      password: "",
      repeatPassword: "",
      sendWelcomeEmail: false,
    },
  };
}

/** Stored users by id, or by website and e-mail (lower-cased, as stored): two statements for any number. */
export async function loadStoredUsers(ids: string[], keys: { websiteId: string; email: string }[]) {
  const rows = await loadUsers({
    OR: [
      { id: { in: ids } },
      ...(keys.length
        ? [
            {
              OR: [...group(keys, (k) => k.websiteId)].map(([websiteId, ks]) => ({
                websiteId,
                email: { in: ks.map((k) => k.email) },
              })),
            },
          ]
        : []),
    ],
  });
  const users = rows.map(storedUser);
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
  return {
    ...base,
    ...stored,
    staffByEmail: new Map(staffRows.map((s) => [s.email, s])),
    staffById: new Map(staffRows.map((s) => [s.id, s])),
    companies: new Map(companies.map((c) => [c.id, c])),
    companiesByName: group(companies, (c) => lower(c.name)),
    roles: new Map(roles.map((r) => [`${r.companyId ?? ""}\t${lower(r.name)}`, { id: r.id, name: r.name }])),
  };
}
