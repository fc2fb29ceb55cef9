import "server-only";

import type { Sees } from "@/lib/acl/visibility";
import { companyPaths } from "@/lib/companies/tree";
import { prisma, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { GridParams } from "@/lib/grid/params";
import { containsText } from "@/lib/grid/text";

import type { PermissionInput } from "./schema";

export { createCustomerRole, deleteCustomerRole, updateCustomerRole } from "./mutations";

export const CUSTOMER_ROLE_SORTS = ["name", "users", "createdAt"] as const;
export type CustomerRoleSort = (typeof CUSTOMER_ROLE_SORTS)[number];
export const CUSTOMER_ROLE_TYPES = ["predefined", "company"] as const;
export const CUSTOMER_ROLE_FILTERS = {
  type: CUSTOMER_ROLE_TYPES,
  company: (v: string) => v.trim().slice(0, 200) || undefined,
};
export type CustomerRoleFilter = keyof typeof CUSTOMER_ROLE_FILTERS;
export type CustomerRoleListParams = GridParams<CustomerRoleSort, CustomerRoleFilter>;
export const CUSTOMER_ROLE_GRID = {
  sorts: CUSTOMER_ROLE_SORTS,
  defaultSort: "name",
  filters: CUSTOMER_ROLE_FILTERS,
} as const;

export type CustomerRoleRow = {
  id: string;
  name: string;
  companyId: string | null;
  company: string | null;
  selfManaged: boolean;
  userCount: number;
  createdAt: Date;
};

/**
 * One page of the storefront roles grid: name search, type and company filters, sort and page in
 * SQL. The owning company is named, and filtered by, only for a viewer who may view companies.
 */
export async function listCustomerRoles(
  params: CustomerRoleListParams,
  sees: Sees,
): Promise<{ rows: CustomerRoleRow[]; total: number }> {
  const companies = sees("customers/company/view");
  const { type } = params.filters;
  const company = companies ? params.filters.company : undefined;
  const where: Prisma.CustomerRoleWhereInput = {
    ...(params.q ? { name: containsText(params.q) } : {}),
    ...(type === "predefined" ? { companyId: null } : type === "company" ? { companyId: { not: null } } : {}),
    ...(company ? { company: { name: containsText(company) } } : {}),
  };
  const order: Prisma.CustomerRoleOrderByWithRelationInput =
    params.sort === "users" ? { users: { _count: params.dir } } : { [params.sort]: params.dir };
  const [rows, total] = await Promise.all([
    prisma.customerRole.findMany({
      where,
      orderBy: [order, { id: "asc" }],
      skip: (params.page - 1) * params.size,
      take: params.size,
      select: {
        id: true,
        name: true,
        companyId: true,
        selfManaged: true,
        createdAt: true,
        company: { select: { name: true } },
        _count: { select: { users: true } },
      },
    }),
    prisma.customerRole.count({ where }),
  ]);
  return {
    rows: rows.map(({ _count, company: owner, ...r }) => ({
      ...r,
      company: companies ? (owner?.name ?? null) : null,
      userCount: _count.users,
    })),
    total,
  };
}

export type CustomerRoleDetail = {
  id: string;
  name: string;
  companyId: string | null;
  companyLabel: string;
  selfManaged: boolean;
  capabilities: string[];
  permissions: PermissionInput[];
  userCount: number;
};

/** One storefront role; the owning company's label is empty for a viewer who may not view companies. */
export async function getCustomerRole(id: string, sees: Sees): Promise<CustomerRoleDetail | null> {
  const role = await prisma.customerRole.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      companyId: true,
      selfManaged: true,
      capabilities: true,
      permissions: { select: { entity: true, action: true, level: true } },
      _count: { select: { users: true } },
    },
  });
  if (!role) return null;
  const paths =
    role.companyId && sees("customers/company/view")
      ? await companyPaths(prisma, [role.companyId])
      : new Map<string, string[]>();
  const { _count, ...rest } = role;
  return {
    ...rest,
    companyLabel: role.companyId ? (paths.get(role.companyId) ?? []).join(" › ") : "",
    userCount: _count.users,
  };
}

/** Roles nobody signs in with (the one for anonymous visitors) are never offered to users. */
const FOR_USERS = { forVisitors: false } as const;

/**
 * The roles a customer user of `companyId` may hold: every predefined role and the company's own,
 * by name. Roles of parent companies are not inherited; the visitors' role is nobody's.
 */
export async function listAssignableRoles(
  companyIds: string | string[],
): Promise<{ id: string; name: string; companyId: string | null }[]> {
  return prisma.customerRole.findMany({
    where: { ...FOR_USERS, OR: [{ companyId: null }, { companyId: { in: [companyIds].flat() } }] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, companyId: true },
  });
}

/**
 * Refuses, at the roles field, roles a customer user of `companyId` may not hold, by the same rule
 * as `listAssignableRoles`. Call it inside the transaction that writes the assignment: it takes a
 * share lock on the roles, so a concurrent change of a role's owner (which locks the row for update
 * and checks who holds the role) waits for the assignment to commit, and sees it.
 */
export async function assertRolesAssignable(tx: Tx, companyId: string, roleIds: string[]): Promise<void> {
  const refusal = roleRefusal(await lockRoles(tx, roleIds), companyId, roleIds);
  if (refusal) throw refusal;
}

export type LockedRole = { companyId: string | null; forVisitors: boolean };

/** The roles named, share-locked as `assertRolesAssignable` explains: one statement for any number of users' roles. */
export async function lockRoles(tx: Tx, roleIds: string[]): Promise<Map<string, LockedRole>> {
  if (roleIds.length === 0) return new Map();
  const roles = await tx.$queryRaw<({ id: string } & LockedRole)[]>`
    SELECT id, "companyId", "forVisitors" FROM "CustomerRole" WHERE id = ANY(${[...new Set(roleIds)]}::text[]) FOR SHARE`;
  return new Map(roles.map((r) => [r.id, { companyId: r.companyId, forVisitors: r.forVisitors }]));
}

/** Why a user of `companyId` may not hold these roles (of those `lockRoles` found), at the roles field; null if they may. */
export function roleRefusal(roles: Map<string, LockedRole>, companyId: string, roleIds: string[]): DomainError | null {
  const held = roleIds.map((id) => roles.get(id));
  if (held.some((r) => !r)) return new DomainError("roleUnknown", "roleIds");
  if (held.some((r) => r!.forVisitors)) return new DomainError("roleForVisitors", "roleIds");
  if (held.some((r) => r!.companyId !== null && r!.companyId !== companyId))
    return new DomainError("roleNotForCompany", "roleIds");
  return null;
}
