import { describe, expect, it } from "vitest";

import { passwordProblems } from "@/lib/identity/password-policy";

import { generatePassword } from "./generated-password";
import { CUSTOMER_PASSWORD_POLICY } from "./shop-password-policy";

describe("generatePassword", () => {
  it("always satisfies the storefront policy and differs each time", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const p = generatePassword();
      expect(p).toHaveLength(16);
      expect(passwordProblems(p, CUSTOMER_PASSWORD_POLICY)).toEqual([]);
      expect(p).toMatch(/[a-z]/);
      expect(p).toMatch(/[A-Z]/);
      expect(p).toMatch(/[0-9]/);
      seen.add(p);
    }
    expect(seen.size).toBe(200);
  });
});
