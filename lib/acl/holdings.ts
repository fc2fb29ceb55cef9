import { isAllowed, type Rule } from "./evaluate";
import { allPermissions, type Permission } from "./resources";

/**
 * Everything a list of rules grants, as permissions the ACL knows. The list is finite, so comparing
 * these sets counts wildcards and denies exactly as the guards apply them, which comparing rules
 * would not ("* / * / *" with a deny holds less than "* / * / *" alone).
 */
export function permissionsOf(rules: readonly Rule[]): Permission[] {
  return allPermissions().filter((p) => isAllowed(rules, p));
}

/** The first permission (in the ACL's order) `rules` grant that `holder` lacks; null when the holder holds at least as much. */
export function firstNotHeld(holder: readonly Rule[], rules: readonly Rule[]): Permission | null {
  return allPermissions().find((p) => isAllowed(rules, p) && !isAllowed(holder, p)) ?? null;
}

/** A group or role a form offers to assign; `notHeld` names what makes it not the signed-in person's to give. */
export type GrantOption = { id: string; name: string; notHeld: Permission | null };

/** True when the rules grant every permission there is, so no grant can exceed them. */
export function holdsEverything(rules: readonly Rule[]): boolean {
  return allPermissions().every((p) => isAllowed(rules, p));
}

/** The first permission `after` grants that `before` did not and `holder` lacks: what a change would hand out that its author cannot. */
export function firstGainedNotHeld(
  holder: readonly Rule[],
  before: readonly Rule[],
  after: readonly Rule[],
): Permission | null {
  return allPermissions().find((p) => isAllowed(after, p) && !isAllowed(before, p) && !isAllowed(holder, p)) ?? null;
}

/**
 * The rule row that alone grants `permission`, so a refusal can be shown at that row; null when
 * several allows grant it (or none does, because a removed deny let it through).
 */
export function grantingRow(rules: readonly Rule[], permission: Permission): number | null {
  const rows = rules.flatMap((r, i) => (r.effect === "ALLOW" && isAllowed([r], permission) ? [i] : []));
  return rows.length === 1 ? rows[0]! : null;
}
