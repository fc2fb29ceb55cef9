import { describe, expect, it } from "vitest";
import { passwordProblems } from "./password-policy";

const policy = { minLength: 12 };

describe("passwordProblems", () => {
  it("accepts a long password with letters and a digit", () => {
    expect(passwordProblems("correct horse 42", policy)).toEqual([]);
  });
  it("reports each broken rule", () => {
    expect(passwordProblems("short1", policy)).toEqual(["tooShort"]);
    expect(passwordProblems("onlyletterslonger", policy)).toEqual(["needsDigitOrSymbol"]);
    expect(passwordProblems("1234567890123", policy)).toEqual(["needsLetter"]);
    expect(passwordProblems("x".repeat(120) + "1".repeat(10), policy)).toEqual(["tooLong"]);
  });
  it("refuses a password that contains the e-mail's local part", () => {
    expect(passwordProblems("maria.schulz-2026!", policy, "Maria.Schulz@example.com")).toEqual(["containsEmail"]);
  });
  it("counts letters beyond ASCII", () => {
    expect(passwordProblems("Ünïcödé-wörds!", policy)).toEqual([]);
  });
});
