import { ACL, allPermissions, WILDCARD } from "./resources";

export const RULE_EFFECTS = ["ALLOW", "DENY"] as const;
export type RuleEffect = (typeof RULE_EFFECTS)[number];
export type RuleInput = { area: string; resource: string; action: string; effect: RuleEffect };

type Triple = readonly [area: string, resource: string, action: string];
const PERMISSIONS: Triple[] = allPermissions().map((p) => p.split("/") as unknown as Triple);
const fits = (pattern: string, value: string) => pattern === WILDCARD || pattern === value;
const unique = (values: string[]) => [...new Set(values)];

/**
 * The editor's choices are derived from the permissions a rule could still match, so every triple
 * it offers names at least one real permission: with area "*" the resources of all areas are
 * offered, and with resource "*" the actions of all resources in the chosen area.
 */
export function areaOptions(): string[] {
  return [WILDCARD, ...Object.keys(ACL)];
}

export function resourceOptions(area: string): string[] {
  return [WILDCARD, ...unique(PERMISSIONS.filter(([a]) => fits(area, a)).map(([, r]) => r))];
}

export function actionOptions(area: string, resource: string): string[] {
  return [WILDCARD, ...unique(PERMISSIONS.filter(([a, r]) => fits(area, a) && fits(resource, r)).map(([, , x]) => x))];
}

export type RuleProblem = {
  index: number;
  field: "area" | "resource" | "action";
  code: "ruleAreaUnknown" | "ruleResourceUnknown" | "ruleActionUnknown" | "ruleDuplicate";
};

/**
 * Why each rule cannot be stored: a name the ACL does not know (or that does not belong to the
 * chosen area / resource), or a second rule for the same area / resource / action, which would make
 * the outcome depend on which of the two one reads.
 */
export function ruleProblems(rules: readonly Omit<RuleInput, "effect">[]): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const seen = new Set<string>();
  rules.forEach((r, index) => {
    if (!areaOptions().includes(r.area)) problems.push({ index, field: "area", code: "ruleAreaUnknown" });
    else if (!resourceOptions(r.area).includes(r.resource))
      problems.push({ index, field: "resource", code: "ruleResourceUnknown" });
    else if (!actionOptions(r.area, r.resource).includes(r.action))
      problems.push({ index, field: "action", code: "ruleActionUnknown" });
    else {
      const key = `${r.area}/${r.resource}/${r.action}`;
      if (seen.has(key)) problems.push({ index, field: "action", code: "ruleDuplicate" });
      seen.add(key);
    }
  });
  return problems;
}

/** How a rule reads in the audit log and on screen: "users/user/create:deny". */
export function ruleLabel(r: RuleInput): string {
  return `${r.area}/${r.resource}/${r.action}:${r.effect.toLowerCase()}`;
}
