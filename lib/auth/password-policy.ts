/** Pure password rules shared by the forms (for the hint) and the server (for the check). */
export type PasswordPolicy = { minLength: number };

export type PasswordProblem = "tooShort" | "tooLong" | "needsLetter" | "needsDigitOrSymbol" | "containsEmail";

export const PASSWORD_MAX_LENGTH = 128;

export function passwordProblems(password: string, policy: PasswordPolicy, email?: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < policy.minLength) problems.push("tooShort");
  if (password.length > PASSWORD_MAX_LENGTH) problems.push("tooLong");
  if (!/\p{L}/u.test(password)) problems.push("needsLetter");
  if (!/[\p{N}\p{P}\p{S}]/u.test(password)) problems.push("needsDigitOrSymbol");
  const local = email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && password.toLowerCase().includes(local)) problems.push("containsEmail");
  return problems;
}
