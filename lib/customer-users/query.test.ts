import { describe, expect, it } from "vitest";

import { customerUserConditions, isWholeAddress } from "./query";

describe("the e-mail filter", () => {
  it("takes a whole address for one, and anything less for a fragment", () => {
    for (const whole of ["anna@example.com", "Anna.Smith+shop@Mail.Example.co.uk", "o'hara@x.io"])
      expect(isWholeAddress(whole)).toBe(true);
    for (const fragment of [
      "anna",
      "anna@",
      "@example.com",
      "anna@example",
      "anna@example.",
      "a b@example.com",
      "a@b@c.de",
    ])
      expect(isWholeAddress(fragment)).toBe(false);
  });

  it("asks a whole address as an equality on the lower-cased address, a fragment as contains", () => {
    const [whole] = customerUserConditions({ email: "Anna@Example.com" });
    expect(whole!.sql).toBe("u.email = ?");
    expect(whole!.values).toEqual(["anna@example.com"]);
    const [fragment] = customerUserConditions({ email: "Anna@Exam" });
    expect(fragment!.sql).toBe("u.email ILIKE ?");
    expect(fragment!.values).toEqual(["%Anna@Exam%"]);
  });
});
