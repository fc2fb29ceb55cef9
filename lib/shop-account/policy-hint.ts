import type { PasswordPolicy } from "@/lib/identity/password-policy";

const CLASSES = [
  ["requireLower", "lower"],
  ["requireUpper", "upper"],
  ["requireDigit", "digit"],
  ["requireSymbol", "symbol"],
] as const;

/** The configured policy in one sentence, for the hint under a new password field ("shop" namespace). */
export function policyHint(
  t: (key: string, values?: Record<string, string | number>) => string,
  policy: PasswordPolicy,
): string {
  const classes = CLASSES.filter(([flag]) => policy[flag]).map(([, name]) => t(`passwordPolicy.${name}`));
  const base = t("register.passwordHint", { min: policy.minLength });
  return classes.length ? `${base} ${t("passwordPolicy.needs", { classes: classes.join(", ") })}` : base;
}
