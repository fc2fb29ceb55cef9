/** Pure password rules shared by the forms (for the hint) and the server (for the check). */
export type PasswordPolicy = {
  minLength: number;
  /** character classes a configured policy may demand on top of "a letter and a digit or symbol" */
  requireLower?: boolean;
  requireUpper?: boolean;
  requireDigit?: boolean;
  requireSymbol?: boolean;
};

export type PasswordProblem =
  | "tooShort"
  | "tooLong"
  | "needsLetter"
  | "needsDigitOrSymbol"
  | "containsEmail"
  | "needsLower"
  | "needsUpper"
  | "needsDigit"
  | "needsSymbol";

export const PASSWORD_MAX_LENGTH = 128;

export function passwordProblems(password: string, policy: PasswordPolicy, email?: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < policy.minLength) problems.push("tooShort");
  if (password.length > PASSWORD_MAX_LENGTH) problems.push("tooLong");
  if (!/\p{L}/u.test(password)) problems.push("needsLetter");
  if (!/[\p{N}\p{P}\p{S}]/u.test(password)) problems.push("needsDigitOrSymbol");
  if (policy.requireLower && !/\p{Ll}/u.test(password)) problems.push("needsLower");
  if (policy.requireUpper && !/\p{Lu}/u.test(password)) problems.push("needsUpper");
  if (policy.requireDigit && !/\p{N}/u.test(password)) problems.push("needsDigit");
  // anything that is neither a letter, a digit nor a space counts as a symbol
  if (policy.requireSymbol && !/[^\p{L}\p{N}\s]/u.test(password)) problems.push("needsSymbol");
  const local = email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && password.toLowerCase().includes(local)) problems.push("containsEmail");
  return problems;
}

/** Whole days from `changedAt` until the password expires under `maxAgeDays` (0 = never): the expiry instant. */
export function passwordExpiresAt(changedAt: Date, maxAgeDays: number): Date | null {
  return maxAgeDays > 0 ? new Date(changedAt.getTime() + maxAgeDays * 86_400_000) : null;
}
