import "server-only";

import { forbidden, redirect } from "next/navigation";
import { cache } from "react";

import { RULE_COLUMNS, RULE_JOINS, rulesFromRows, type RuleRow } from "@/lib/acl/effective-rules";
import { isAllowed, type Rule } from "@/lib/acl/evaluate";
import type { Permission } from "@/lib/acl/resources";
import { prisma } from "@/lib/db";
import { isAvailableLocale } from "@/lib/i18n/catalogs";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

import { LAST_SEEN_INTERVAL_MS } from "./session-store";
import { readStaffToken } from "./staff-token";

export type StaffSession = {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  locale: Locale;
  isAgent: boolean;
  /** the AuthSession row of this browser's sign-in */
  sessionId: string;
  rules: Rule[];
  can: (permission: Permission) => boolean;
};

type SessionRow = {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  locale: string;
  isAgent: boolean;
  status: string;
  sessionVersion: number;
} & RuleRow;

/**
 * Re-check a JWT against the database: the session row it names must be live (not signed out, ended
 * or expired), the user still active and the token's session version current, so signing out,
 * deactivation, deletion and password changes end sessions on the next request, on any instance.
 * Every page pays for this, so it is one statement (a row per rule of the roles of all the user's
 * groups) rather than a round trip per relation; the same statement notes the session as seen, at
 * most once a minute, so most page views write nothing.
 */
export async function loadStaffSession(
  id: string,
  sessionVersion: unknown,
  sessionId: unknown,
  now = new Date(),
): Promise<StaffSession | null> {
  // a token without a session row (one issued before sessions were rows) is signed out
  if (typeof sessionId !== "string") return null;
  const seenBefore = new Date(now.getTime() - LAST_SEEN_INTERVAL_MS);
  const found = await prisma.$queryRaw<SessionRow[]>`
    WITH seen AS (
      UPDATE "AuthSession" SET "lastSeenAt" = ${now}
      WHERE id = ${sessionId} AND "staffUserId" = ${id} AND "revokedAt" IS NULL AND "expiresAt" > ${now} AND "lastSeenAt" < ${seenBefore}
    )
    SELECT u.id, u.email, u."firstName", u."lastName", u.locale, u."isAgent", u.status::text AS status, u."sessionVersion",
           ${RULE_COLUMNS}
    FROM "StaffUser" u
    JOIN "AuthSession" s ON s.id = ${sessionId} AND s."staffUserId" = u.id AND s."revokedAt" IS NULL AND s."expiresAt" > ${now}
    ${RULE_JOINS}
    WHERE u.id = ${id}`;
  const user = found[0];
  if (!user || user.status !== "ACTIVE" || user.sessionVersion !== sessionVersion) return null;
  const rules = rulesFromRows(found);
  return {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    locale: isAvailableLocale(user.locale) ? user.locale : DEFAULT_LOCALE,
    isAgent: user.isAgent,
    sessionId,
    rules,
    can: (permission) => isAllowed(rules, permission),
  };
}

/** The signed-in staff user for this request (computed once per request), or null. */
export const currentStaff = cache(async (): Promise<StaffSession | null> => {
  const token = await readStaffToken();
  return token && loadStaffSession(token.id, token.sessionVersion, token.sessionId);
});

/**
 * For pages and layouts: sign-in page when signed out, 403 page when a permission is missing. A page
 * that shows a record needs its view permission besides the one for what the page does (editing,
 * deleting...), so it names both.
 */
export async function requireStaffPage(...permissions: Permission[]): Promise<StaffSession> {
  const staff = await currentStaff();
  if (!staff) redirect("/admin/login");
  if (!permissions.every((p) => staff.can(p))) forbidden();
  return staff;
}
