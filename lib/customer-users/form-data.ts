import "server-only";

import type { Sees } from "@/lib/acl/visibility";
import { companyPaths } from "@/lib/companies/tree";
import { formatPhone } from "@/lib/contact-fields";
import { listAssignableRoles } from "@/lib/customer-roles/service";
import { prisma } from "@/lib/db";
import { containsLower, containsText } from "@/lib/grid/text";

import type { CustomerUserFormInput } from "./schema";

export type WebsiteOption = {
  id: string;
  name: string;
  defaultLocalizationId: string;
  localizations: { id: string; name: string }[];
};
export type CompanyOption = { id: string; label: string; salesRep: { id: string; label: string } | null };
export type StaffOption = { id: string; label: string };
export type RoleOption = { id: string; name: string; companyOwned: boolean };

/** A stored address, as the edit form and the import read it. */
export type StoredAddress = {
  id: string;
  label: string | null;
  organization: string | null;
  firstName: string | null;
  lastName: string | null;
  street: string;
  street2: string | null;
  city: string;
  postalCode: string;
  region: string | null;
  country: string;
  phone: string | null;
  billing: boolean;
  shipping: boolean;
  defaultBilling: boolean;
  defaultShipping: boolean;
};

/** A stored address as the edit form's values (empty strings for what is not set). */
export const addressFormValues = (a: StoredAddress): CustomerUserFormInput["addresses"][number] => ({
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
});

/** Websites with the languages each offers: the form shows Preferred Localization only where there is a choice. */
export async function websiteOptions(): Promise<WebsiteOption[]> {
  const rows = await prisma.website.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      defaultLocalizationId: true,
      localizations: { select: { localization: { select: { id: true, name: true } } } },
    },
  });
  return rows.map((w) => ({
    id: w.id,
    name: w.name,
    defaultLocalizationId: w.defaultLocalizationId,
    localizations: w.localizations.map((l) => l.localization).sort((a, b) => a.name.localeCompare(b.name)),
  }));
}

const staffLabel = (s: { firstName: string; lastName: string; email: string }) =>
  `${s.firstName} ${s.lastName} (${s.email})`;

/**
 * The company typeahead: at most 20 by name, with their paths and sales representative (the user's
 * default), the latter only for viewers who may view staff users.
 */
export async function searchCompanyOptions(q: string, sees: Sees): Promise<CompanyOption[]> {
  const withRep = sees("users/user/view");
  const rows = await prisma.company.findMany({
    where: q ? { name: containsText(q) } : {},
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 20,
    select: {
      id: true,
      name: true,
      salesRep: { select: { id: true, firstName: true, lastName: true, email: true, status: true } },
    },
  });
  const paths = await companyPaths(
    prisma,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    label: (paths.get(r.id) ?? [r.name]).join(" › "),
    salesRep:
      withRep && r.salesRep && r.salesRep.status === "ACTIVE"
        ? { id: r.salesRep.id, label: staffLabel(r.salesRep) }
        : null,
  }));
}

/** The sales representative typeahead: active staff by name or e-mail, at most 20. */
export async function searchStaffOptions(q: string): Promise<StaffOption[]> {
  const rows = await prisma.staffUser.findMany({
    where: {
      status: "ACTIVE",
      ...(q
        ? { OR: [{ firstName: containsText(q) }, { lastName: containsText(q) }, { email: containsLower(q) }] }
        : {}),
    },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    take: 20,
    select: { id: true, firstName: true, lastName: true, email: true },
  });
  return rows.map((s) => ({ id: s.id, label: staffLabel(s) }));
}

/** Roles a user of the company may hold (see listAssignableRoles); none chosen yet: the predefined ones. */
export async function assignableRoles(companyId: string | null): Promise<RoleOption[]> {
  const rows = await listAssignableRoles(companyId ?? "");
  return rows.map((r) => ({ id: r.id, name: r.name, companyOwned: r.companyId !== null }));
}

/** The edit form's starting values and the labels of its typeahead fields; a label is null for a viewer who may not view its resource. */
export async function customerUserForEdit(id: string, sees: Sees) {
  const u = await prisma.customerUser.findUnique({
    where: { id },
    include: {
      salesRep: { select: { firstName: true, lastName: true, email: true } },
      roles: { select: { roleId: true } },
      addresses: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!u) return null;
  const paths = sees("customers/company/view") ? await companyPaths(prisma, [u.companyId]) : null;
  const defaults: CustomerUserFormInput = {
    enabled: u.enabled,
    namePrefix: u.namePrefix ?? "",
    firstName: u.firstName,
    middleName: u.middleName ?? "",
    lastName: u.lastName,
    nameSuffix: u.nameSuffix ?? "",
    email: u.email,
    birthday: u.birthday?.toISOString().slice(0, 10) ?? "",
    phone: formatPhone(u.phone),
    companyMode: "existing",
    companyId: u.companyId,
    newCompanyName: "",
    newCompanyParentId: "",
    salesRepId: u.salesRepId ?? "",
    websiteId: u.websiteId,
    preferredLocalizationId: u.preferredLocalizationId ?? "",
    roleIds: u.roles.map((r) => r.roleId),
    addresses: u.addresses.map(addressFormValues),
    generatePassword: false,
    password: "",
    repeatPassword: "",
    sendWelcomeEmail: false,
  };
  return {
    defaults,
    name: `${u.firstName} ${u.lastName}`,
    companyLabel: paths && (paths.get(u.companyId) ?? []).join(" › "),
    salesRepLabel: sees("users/user/view") ? (u.salesRep ? staffLabel(u.salesRep) : "") : null,
  };
}

/** What the delete warning tells: what leaves with the account and what stays with the company. */
export async function customerUserDeleteSummary(id: string) {
  const u = await prisma.customerUser.findUnique({
    where: { id },
    select: {
      firstName: true,
      lastName: true,
      email: true,
      _count: { select: { addresses: true, shoppingLists: true, orders: true, quotes: true } },
    },
  });
  if (!u) return null;
  return { name: `${u.firstName} ${u.lastName}`, email: u.email, ...u._count };
}
