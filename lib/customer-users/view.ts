import "server-only";

import type { Sees } from "@/lib/acl/visibility";
import { effectivePermissions, type EffectivePermissions } from "@/lib/customer-roles/effective";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Everything the customer user's page shows above its tabs. The password hash is omitted by the client and never named here. */
const VIEW_SELECT = {
  id: true,
  email: true,
  namePrefix: true,
  firstName: true,
  middleName: true,
  lastName: true,
  nameSuffix: true,
  birthday: true,
  phone: true,
  enabled: true,
  confirmed: true,
  passwordStatus: true,
  locked: true,
  lockedUntil: true,
  lastLoginAt: true,
  createdAt: true,
  updatedAt: true,
  customerNumber: true,
  company: { select: { id: true, name: true, parent: { select: { id: true, name: true } } } },
  website: { select: { id: true, name: true } },
  preferredLocalization: { select: { name: true, code: true } },
  salesRep: { select: { firstName: true, lastName: true, email: true } },
  addresses: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      label: true,
      organization: true,
      namePrefix: true,
      firstName: true,
      middleName: true,
      lastName: true,
      nameSuffix: true,
      street: true,
      street2: true,
      city: true,
      postalCode: true,
      region: true,
      country: true,
      phone: true,
      billing: true,
      shipping: true,
      defaultBilling: true,
      defaultShipping: true,
    },
  },
  roles: {
    orderBy: { role: { name: "asc" } },
    select: {
      role: {
        select: {
          id: true,
          name: true,
          capabilities: true,
          permissions: { select: { entity: true, action: true, level: true } },
        },
      },
    },
  },
} satisfies Prisma.CustomerUserSelect;

type Row = Prisma.CustomerUserGetPayload<{ select: typeof VIEW_SELECT }>;
/** The related records are null (roles: null) for a viewer who may not view their resource. */
export type CustomerUserView = Omit<Row, "company" | "salesRep" | "roles"> & {
  company: Row["company"] | null;
  salesRep: Row["salesRep"] | null;
  roles: { id: string; name: string }[] | null;
  fullName: string;
  permissions: EffectivePermissions;
};

/** "Dr. Anna Maria Schmidt Jr.": the parts a person filled, in the order they are spoken. */
export function fullName(u: {
  namePrefix: string | null;
  firstName: string;
  middleName: string | null;
  lastName: string;
  nameSuffix: string | null;
}) {
  return [u.namePrefix, u.firstName, u.middleName, u.lastName, u.nameSuffix].filter((p) => p && p.trim()).join(" ");
}

/** The storefront permissions are the user's own (what their roles add up to); the roles' names are customer role data. */
export async function getCustomerUserView(id: string, sees: Sees): Promise<CustomerUserView | null> {
  const user = await prisma.customerUser.findUnique({ where: { id }, select: VIEW_SELECT });
  if (!user) return null;
  const permissions = effectivePermissions(
    user.roles.map((r) => ({ permissions: r.role.permissions, capabilities: r.role.capabilities })),
  );
  return {
    ...user,
    fullName: fullName(user),
    permissions,
    company: sees("customers/company/view") ? user.company : null,
    salesRep: sees("users/user/view") ? user.salesRep : null,
    roles: sees("customers/customer-role/view")
      ? user.roles.map(({ role }) => ({ id: role.id, name: role.name }))
      : null,
  };
}

/** The name and company (null for a viewer who may not view companies) of a customer user, for the forms that act for them; null when the user is gone. */
export async function getCustomerUserHeader(id: string, sees: Sees) {
  const user = await prisma.customerUser.findUnique({
    where: { id },
    select: {
      id: true,
      namePrefix: true,
      firstName: true,
      middleName: true,
      lastName: true,
      nameSuffix: true,
      company: { select: { name: true } },
    },
  });
  return (
    user && {
      id: user.id,
      fullName: fullName(user),
      company: sees("customers/company/view") ? user.company.name : null,
    }
  );
}
