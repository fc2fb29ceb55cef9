import "server-only";

import { assertRolesAssignable } from "@/lib/customer-roles/service";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";

import { normalizeDefaults, withoutId, type AddressValues } from "./address-schema";
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

/**
 * What the form points at must exist and fit together: a website, a language that website offers,
 * an active sales representative, and roles that are predefined or belong to the user's company.
 */
export async function assertAssignable(tx: Tx, v: CustomerUserFormValues, companyId: string): Promise<void> {
  if (!(await tx.website.findUnique({ where: { id: v.websiteId }, select: { id: true } })))
    throw new DomainError("websiteUnknown", "websiteId");
  if (v.preferredLocalizationId) {
    const offered = await tx.websiteLocalization.findUnique({
      where: { websiteId_localizationId: { websiteId: v.websiteId, localizationId: v.preferredLocalizationId } },
    });
    if (!offered) throw new DomainError("localizationNotOnWebsite", "preferredLocalizationId");
  }
  if (
    v.salesRepId &&
    !(await tx.staffUser.findFirst({ where: { id: v.salesRepId, status: "ACTIVE" }, select: { id: true } }))
  ) {
    throw new DomainError("salesRepUnknown", "salesRepId");
  }
  await assertRolesAssignable(tx, companyId, v.roleIds);
}

/** Rows the form kept are updated, new ones created, missing ones deleted; ids of other users' addresses are refused. */
export async function syncAddresses(tx: Tx, customerUserId: string, addresses: AddressValues[]): Promise<void> {
  const existing = new Set(
    (await tx.customerAddress.findMany({ where: { customerUserId }, select: { id: true } })).map((a) => a.id),
  );
  const normalized = normalizeDefaults(addresses);
  for (const a of normalized) if (a.id && !existing.has(a.id)) throw new DomainError("notFound");
  const kept = new Set(normalized.flatMap((a) => (a.id ? [a.id] : [])));
  await tx.customerAddress.deleteMany({ where: { customerUserId, id: { notIn: [...kept] } } });
  for (const a of normalized) {
    if (a.id) await tx.customerAddress.update({ where: { id: a.id }, data: withoutId(a) });
    else await tx.customerAddress.create({ data: { ...withoutId(a), customerUserId } });
  }
}

/**
 * The audited view of a customer user: names rather than ids where a person reads them, roles and
 * addresses as short lists. Sequential reads: the transaction has one connection.
 */
export async function auditSnapshot(tx: Tx, id: string) {
  const u = await tx.customerUser.findUnique({
    where: { id },
    select: {
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
  if (!u) return null;
  const roles = await tx.customerUserRole.findMany({
    where: { customerUserId: id },
    select: { role: { select: { name: true } } },
  });
  const addresses = await tx.customerAddress.findMany({
    where: { customerUserId: id },
    orderBy: { createdAt: "asc" },
    select: { street: true, city: true, country: true },
  });
  const { company, website, salesRep, preferredLocalization, birthday, ...rest } = u;
  return {
    ...rest,
    birthday: birthday?.toISOString().slice(0, 10) ?? null,
    company: company.name,
    website: website.code,
    salesRep: salesRep?.email ?? null,
    preferredLocalization: preferredLocalization?.code ?? null,
    roles: roles.map((r) => r.role.name).sort(),
    addresses: addresses.map((a) => `${a.street}, ${a.city}, ${a.country}`),
  };
}
