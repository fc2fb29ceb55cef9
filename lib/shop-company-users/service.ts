import "server-only";

import { companyPaths } from "@/lib/companies/tree";
import { listAssignableRoles } from "@/lib/customer-roles/service";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { containsText } from "@/lib/grid/text";
import { companiesOf } from "@/lib/shop-access/levels";
import { customerUserWhere, type CustomerAccess } from "@/lib/shop-access/service";

import { rolesBeyondViewer } from "./grantable";
import { userScope } from "./scope";

export {
  createAccountUser,
  deleteAccountUser,
  resetAccountUserPassword,
  setAccountUserEnabled,
  updateAccountUser,
} from "./mutations";

export const ACCOUNT_USERS_PAGE_SIZE = 20;

export type AccountUserRow = {
  id: string;
  name: string;
  email: string;
  company: string;
  enabled: boolean;
  roles: string[];
  self: boolean;
};

/** One page of the users the viewer may see: search by name or e-mail, sorted and paged in SQL. */
export async function listAccountUsers(
  access: CustomerAccess,
  q: string,
  page: number,
): Promise<{ rows: AccountUserRow[]; total: number }> {
  const search = q.trim();
  const where: Prisma.CustomerUserWhereInput = {
    AND: [
      customerUserWhere(access, userScope(access, "VIEW")),
      search
        ? {
            OR: [
              { email: containsText(search.toLowerCase()) },
              { firstName: containsText(search) },
              { lastName: containsText(search) },
            ],
          }
        : {},
    ],
  };
  const [rows, total] = await Promise.all([
    prisma.customerUser.findMany({
      where,
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
      skip: (page - 1) * ACCOUNT_USERS_PAGE_SIZE,
      take: ACCOUNT_USERS_PAGE_SIZE,
      select: {
        id: true,
        firstName: true,
        lastName: true,
        email: true,
        enabled: true,
        company: { select: { name: true } },
        roles: { select: { role: { select: { name: true } } } },
      },
    }),
    prisma.customerUser.count({ where }),
  ]);
  return {
    rows: rows.map((u) => ({
      id: u.id,
      name: `${u.firstName} ${u.lastName}`,
      email: u.email,
      company: u.company.name,
      enabled: u.enabled,
      roles: u.roles.map((r) => r.role.name).sort(),
      self: u.id === access.customerUserId,
    })),
    total,
  };
}

export type AccountUserDetail = {
  id: string;
  enabled: boolean;
  firstName: string;
  lastName: string;
  email: string;
  companyId: string;
  roleIds: string[];
};

/** A user the viewer may edit, or null: ids outside the scope read as absent. */
export async function getAccountUser(access: CustomerAccess, id: string): Promise<AccountUserDetail | null> {
  const u = await prisma.customerUser.findFirst({
    where: { AND: [{ id }, customerUserWhere(access, userScope(access, "EDIT"))] },
    select: {
      id: true,
      enabled: true,
      firstName: true,
      lastName: true,
      email: true,
      companyId: true,
      roles: { select: { roleId: true } },
    },
  });
  if (!u) return null;
  const { roles, ...rest } = u;
  return { ...rest, roleIds: roles.map((r) => r.roleId) };
}

export type CompanyChoice = { id: string; label: string; roles: { id: string; name: string }[] };

/**
 * The companies a user may be placed in with this permission (the viewer's, and its subsidiaries
 * at that level, plus the edited user's current one), each with the roles offered to its users: every
 * predefined role and its own, but none that grants more than the viewer holds, unless the edited
 * user holds it already (it stays shown, and may stay).
 */
export async function companyChoices(
  access: CustomerAccess,
  action: "CREATE" | "EDIT",
  current?: { companyId: string; roleIds: string[] },
): Promise<CompanyChoice[]> {
  const ids = [...new Set([...companiesOf(userScope(access, action)), ...(current ? [current.companyId] : [])])];
  if (ids.length === 0) return [];
  const [paths, roles] = await Promise.all([companyPaths(prisma, ids), listAssignableRoles(ids)]);
  const held = new Set(current?.roleIds ?? []);
  const beyond = new Set(
    (
      await rolesBeyondViewer(
        access,
        roles.map((r) => r.id).filter((id) => !held.has(id)),
      )
    ).map((r) => r.id),
  );
  return ids
    .map((id) => ({
      id,
      label: (paths.get(id) ?? []).join(" › "),
      roles: roles
        .filter((r) => (r.companyId === null || r.companyId === id) && !beyond.has(r.id))
        .map(({ id: roleId, name }) => ({ id: roleId, name })),
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
