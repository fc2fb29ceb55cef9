import { describe, expect, it } from "vitest";

import { passwordExpiresAt, passwordProblems } from "./password-policy";

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

describe("configured character classes", () => {
  const strict = { minLength: 10, requireLower: true, requireUpper: true, requireDigit: true, requireSymbol: true };
  it("accepts a password with every class", () => {
    expect(passwordProblems("Abcdefgh1!", strict)).toEqual([]);
  });
  it("names each missing class", () => {
    expect(passwordProblems("ABCDEFGH1!", strict)).toEqual(["needsLower"]);
    expect(passwordProblems("abcdefgh1!", strict)).toEqual(["needsUpper"]);
    expect(passwordProblems("Abcdefghi!", strict)).toEqual(["needsDigit"]);
    expect(passwordProblems("Abcdefgh12", strict)).toEqual(["needsSymbol"]);
  });
  it("does not count a space as a symbol", () => {
    expect(passwordProblems("Abcd efgh 12", { minLength: 8, requireSymbol: true })).toEqual(["needsSymbol"]);
  });
  it("demands no class that is switched off", () => {
    expect(passwordProblems("alllowercase1", { minLength: 8, requireUpper: false })).toEqual([]);
  });
});

describe("passwordExpiresAt", () => {
  it("is never for a maximum age of 0, else the change plus that many days", () => {
    const changed = new Date("2026-01-01T10:00:00Z");
    expect(passwordExpiresAt(changed, 0)).toBeNull();
    expect(passwordExpiresAt(changed, 90)?.toISOString()).toBe("2026-04-01T10:00:00.000Z");
  });
});
