import "server-only";

import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

import type { Rule } from "./evaluate";

/**
 * The one reader of a staff user's effective rules: every rule of every role of every group the user
 * is in. The session loader joins the same fragment into its own single statement (it reads the
 * user and the session row in the same round trip); everyone else calls `staffRules`.
 */
export const RULE_JOINS = Prisma.sql`
  LEFT JOIN "StaffUserGroup" ug ON ug."userId" = u.id
  LEFT JOIN "StaffGroupRole" gr ON gr."groupId" = ug."groupId"
  LEFT JOIN "StaffRule" r ON r."roleId" = gr."roleId"`;
export const RULE_COLUMNS = Prisma.sql`r.area, r.resource, r.action, r.effect::text AS effect`;

export type RuleRow = {
  area: string | null;
  resource: string | null;
  action: string | null;
  effect: Rule["effect"] | null;
};

/** The rules of the rows of a RULE_JOINS statement (a user without groups has one row of nulls). */
export const rulesFromRows = (rows: RuleRow[]): Rule[] =>
  rows.flatMap(({ area, resource, action, effect }) =>
    area && resource && action && effect ? [{ area, resource, action, effect }] : [],
  );

type Reader = Pick<Tx, "$queryRaw">;

/** The effective rules of several staff users, as the transaction (or the client) given sees them. */
export async function staffRulesOf(db: Reader, staffIds: string[]): Promise<Map<string, Rule[]>> {
  if (staffIds.length === 0) return new Map();
  const rows = await db.$queryRaw<(RuleRow & { id: string })[]>`
    SELECT u.id, ${RULE_COLUMNS} FROM "StaffUser" u ${RULE_JOINS} WHERE u.id IN (${Prisma.join(staffIds)})`;
  const byUser = new Map<string, RuleRow[]>(staffIds.map((id) => [id, []]));
  for (const row of rows) byUser.get(row.id)?.push(row);
  return new Map([...byUser].map(([id, r]) => [id, rulesFromRows(r)]));
}

/** The effective rules of one staff user (none for a user who does not exist). */
export async function staffRules(db: Reader, staffId: string): Promise<Rule[]> {
  return (await staffRulesOf(db, [staffId])).get(staffId) ?? [];
}
