import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { isAllowed, type Rule } from "@/lib/acl/evaluate";
import type { Permission } from "@/lib/acl/resources";
import { prisma } from "@/lib/db";
import { isAvailableLocale } from "@/lib/i18n/catalogs";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { auth } from "./staff-auth";

export type StaffSession = {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  locale: Locale;
  isAgent: boolean;
  rules: Rule[];
  can: (permission: Permission) => boolean;
};

/**
 * Re-check a JWT against the database: the user must still be active and the token's session version
 * current, so deactivation, deletion and password changes end sessions on the next request. One
 * indexed read; its rules are the union over the roles of all the user's groups.
 */
export async function loadStaffSession(id: string, sessionVersion: unknown): Promise<StaffSession | null> {
  const user = await prisma.staffUser.findUnique({
    where: { id },
    select: {
      id: true, email: true, firstName: true, lastName: true, locale: true, isAgent: true, status: true, sessionVersion: true,
      groups: { select: { group: { select: { roles: { select: { role: { select: { rules: { select: { area: true, resource: true, action: true, effect: true } } } } } } } } } },
    },
  });
  if (!user || user.status !== "ACTIVE" || user.sessionVersion !== sessionVersion) return null;
  const rules = user.groups.flatMap((g) => g.group.roles.flatMap((r) => r.role.rules));
  return {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    locale: isAvailableLocale(user.locale) ? user.locale : DEFAULT_LOCALE,
    isAgent: user.isAgent,
    rules,
    can: (permission) => isAllowed(rules, permission),
  };
}

/** The signed-in staff user for this request (computed once per request), or null. */
export const currentStaff = cache(async (): Promise<StaffSession | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return loadStaffSession(id, (session as { sv?: unknown }).sv);
});

/** For pages and layouts: sign-in page when signed out, 403 page when the permission is missing. */
export async function requireStaffPage(permission?: Permission): Promise<StaffSession> {
  const staff = await currentStaff();
  if (!staff) redirect("/admin/login");
  if (permission && !staff.can(permission)) forbidden();
  return staff;
}
