import { describe, expect, it } from "vitest";

import { containsLower, escapeLike } from "./text";

describe("escapeLike", () => {
  it("makes LIKE wildcards and the escape character literal", () => {
    expect(escapeLike("50%_off\\now")).toBe("50\\%\\_off\\\\now");
    expect(escapeLike("plain")).toBe("plain");
    expect(containsLower("A_B")).toEqual({ contains: "a\\_b" });
  });
});
