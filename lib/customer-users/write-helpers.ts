import "server-only";

import { lockRoles, roleRefusal } from "@/lib/customer-roles/service";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";

import { normalizeDefaults, withoutId } from "./address-schema";
import type { CustomerUserFormValues } from "./schema";

/** The user's own columns as the form sets them. */
export function personalData(v: CustomerUserFormValues) {
  return {
    enabled: v.enabled,
    namePrefix: v.namePrefix,
    firstName: v.firstName,
    middleName: v.middleName,
    lastName: v.lastName,
    nameSuffix: v.nameSuffix,
    email: v.email,
    birthday: v.birthday ? new Date(`${v.birthday}T00:00:00.000Z`) : null,
    phone: v.phone,
    salesRepId: v.salesRepId,
    websiteId: v.websiteId,
    preferredLocalizationId: v.preferredLocalizationId,
  };
}

const distinct = (xs: (string | null | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))];

/**
 * What each form points at must exist and fit together: the company, a website, a language that
 * website offers, an active sales representative, and roles that are predefined or belong to the
 * user's company. One statement per kind for any number of users; the first refusal of each, or null.
 */
export async function assignableRefusals(tx: Tx, items: CustomerUserFormValues[]): Promise<(DomainError | null)[]> {
  const companies = new Set(
    (
      await tx.company.findMany({
        where: { id: { in: distinct(items.map((v) => v.companyId)) } },
        select: { id: true },
      })
    ).map((c) => c.id),
  );
  const websites = new Set(
    (
      await tx.website.findMany({
        where: { id: { in: distinct(items.map((v) => v.websiteId)) } },
        select: { id: true },
      })
    ).map((w) => w.id),
  );
  const localizationIds = distinct(items.map((v) => v.preferredLocalizationId));
  const offered = new Set(
    localizationIds.length
      ? (
          await tx.websiteLocalization.findMany({
            where: { websiteId: { in: [...websites] }, localizationId: { in: localizationIds } },
            select: { websiteId: true, localizationId: true },
          })
        ).map((o) => `${o.websiteId}\t${o.localizationId}`)
      : [],
  );
  const repIds = distinct(items.map((v) => v.salesRepId));
  const reps = new Set(
    repIds.length
      ? (await tx.staffUser.findMany({ where: { id: { in: repIds }, status: "ACTIVE" }, select: { id: true } })).map(
          (r) => r.id,
        )
      : [],
  );
  const roles = await lockRoles(
    tx,
    items.flatMap((v) => v.roleIds),
  );
  return items.map((v) => {
    if (!v.companyId || !companies.has(v.companyId)) return new DomainError("companyUnknown", "companyId");
    if (!websites.has(v.websiteId)) return new DomainError("websiteUnknown", "websiteId");
    if (v.preferredLocalizationId && !offered.has(`${v.websiteId}\t${v.preferredLocalizationId}`))
      return new DomainError("localizationNotOnWebsite", "preferredLocalizationId");
    if (v.salesRepId && !reps.has(v.salesRepId)) return new DomainError("salesRepUnknown", "salesRepId");
    return roleRefusal(roles, v.companyId, v.roleIds);
  });
}

/**
 * E-mail addresses are unique per website, regardless of case (they are stored lower-cased): a
 * form is refused if another user holds its address, or an earlier form of the same batch claims
 * it. Forms already refused (non-null) are left as they are.
 */
export async function refuseTakenEmails(
  tx: Tx,
  items: { id?: string; values: CustomerUserFormValues }[],
  refused: (DomainError | null)[],
): Promise<void> {
  const keyOf = (v: CustomerUserFormValues) => `${v.websiteId}\t${v.email.toLowerCase()}`;
  const open = items.filter((_, i) => !refused[i]);
  if (!open.length) return;
  const held = await tx.$queryRaw<{ id: string; websiteId: string; email: string }[]>`
    SELECT id, "websiteId", email FROM "CustomerUser"
    WHERE ("websiteId", email) IN (SELECT * FROM unnest(${open.map((i) => i.values.websiteId)}::text[], ${open.map((i) => i.values.email.toLowerCase())}::text[]))`;
  const holder = new Map(held.map((h) => [`${h.websiteId}\t${h.email}`, h.id]));
  const claimed = new Set<string>();
  items.forEach((item, i) => {
    if (refused[i]) return;
    const key = keyOf(item.values);
    const by = holder.get(key);
    if ((by && by !== item.id) || claimed.has(key)) refused[i] = new DomainError("customerEmailTaken", "email");
    else claimed.add(key);
  });
}

type StoredAddress = Awaited<ReturnType<typeof storedAddresses>>[number];
const storedAddresses = (tx: Tx, userIds: string[]) =>
  tx.customerAddress.findMany({ where: { customerUserId: { in: userIds } } });

/** The stored addresses of many users, for `syncAddresses`; an id of another user's address is refused (notFound). */
export async function addressRefusals(
  tx: Tx,
  items: { id: string; values: CustomerUserFormValues }[],
  refused: (DomainError | null)[],
): Promise<Map<string, StoredAddress>> {
  const stored = new Map(
    (
      await storedAddresses(
        tx,
        items.map((i) => i.id),
      )
    ).map((a) => [a.id, a]),
  );
  items.forEach((item, i) => {
    if (refused[i]) return;
    if (item.values.addresses.some((a) => a.id && stored.get(a.id)?.customerUserId !== item.id))
      refused[i] = new DomainError("notFound");
  });
  return stored;
}

/**
 * Rows the forms kept are updated (only those that changed), new ones created, missing ones
 * deleted: one statement per kind, apart from an update per changed address.
 */
export async function syncAddresses(
  tx: Tx,
  items: { id: string; values: CustomerUserFormValues }[],
  stored: Map<string, StoredAddress>,
): Promise<void> {
  if (!items.length) return;
  const forms = items.map((i) => ({ userId: i.id, addresses: normalizeDefaults(i.values.addresses) }));
  const kept = forms.flatMap((f) => f.addresses.flatMap((a) => (a.id ? [a.id] : [])));
  await tx.customerAddress.deleteMany({
    where: { customerUserId: { in: items.map((i) => i.id) }, id: { notIn: kept } },
  });
  for (const f of forms)
    for (const a of f.addresses) {
      const before = a.id ? stored.get(a.id) : undefined;
      const data = withoutId(a);
      if (before && Object.entries(data).some(([k, v]) => before[k as keyof StoredAddress] !== v))
        await tx.customerAddress.update({ where: { id: a.id }, data });
    }
  const added = forms.flatMap((f) =>
    f.addresses.filter((a) => !a.id).map((a) => ({ ...withoutId(a), customerUserId: f.userId })),
  );
  if (added.length) await tx.customerAddress.createMany({ data: added });
}

/** A stored user's own columns as read back, the birthday as YYYY-MM-DD. */
export type PersonalColumns = {
  email: string;
  enabled: boolean;
  namePrefix: string | null;
  firstName: string;
  middleName: string | null;
  lastName: string;
  nameSuffix: string | null;
  phone: string | null;
  birthday: string | null;
};

export type AuditSnapshot = PersonalColumns & {
  company: string;
  website: string;
  salesRep: string | null;
  preferredLocalization: string | null;
  roles: string[];
  addresses: string[];
};

/**
 * The audited view of customer users: names rather than ids where a person reads them, roles and
 * addresses as short lists. Three statements for any number of users (the transaction has one
 * connection, so they run in turn).
 */
export async function auditSnapshots(tx: Tx, ids: string[]) {
  if (!ids.length) return new Map<string, AuditSnapshot>();
  const users = await tx.customerUser.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      email: true,
      enabled: true,
      namePrefix: true,
      firstName: true,
      middleName: true,
      lastName: true,
      nameSuffix: true,
      birthday: true,
      phone: true,
      company: { select: { name: true } },
      website: { select: { code: true } },
      salesRep: { select: { email: true } },
      preferredLocalization: { select: { code: true } },
    },
  });
  const roles = await tx.customerUserRole.findMany({
    where: { customerUserId: { in: ids } },
    select: { customerUserId: true, role: { select: { name: true } } },
  });
  const addresses = await tx.customerAddress.findMany({
    where: { customerUserId: { in: ids } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { customerUserId: true, street: true, city: true, country: true },
  });
  const rolesOf = new Map<string, string[]>();
  for (const r of roles) rolesOf.set(r.customerUserId, [...(rolesOf.get(r.customerUserId) ?? []), r.role.name]);
  const addressesOf = new Map<string, string[]>();
  for (const a of addresses) {
    const list = addressesOf.get(a.customerUserId!) ?? [];
    list.push(`${a.street}, ${a.city}, ${a.country}`);
    addressesOf.set(a.customerUserId!, list);
  }
  return new Map<string, AuditSnapshot>(
    users.map(({ id, company, website, salesRep, preferredLocalization, birthday, ...rest }) => [
      id,
      {
        ...rest,
        birthday: birthday?.toISOString().slice(0, 10) ?? null,
        company: company.name,
        website: website.code,
        salesRep: salesRep?.email ?? null,
        preferredLocalization: preferredLocalization?.code ?? null,
        roles: (rolesOf.get(id) ?? []).sort(),
        addresses: addressesOf.get(id) ?? [],
      },
    ]),
  );
}

/** One user's audited view (see `auditSnapshots`), or null if there is none. */
export async function auditSnapshot(tx: Tx, id: string) {
  return (await auditSnapshots(tx, [id])).get(id) ?? null;
}
