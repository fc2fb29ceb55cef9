import { describe, expect, it } from "vitest";

import { isAllowed, type Rule } from "./evaluate";

const allow = (area: string, resource: string, action: string): Rule => ({ area, resource, action, effect: "ALLOW" });
const deny = (area: string, resource: string, action: string): Rule => ({ area, resource, action, effect: "DENY" });

describe("isAllowed", () => {
  it("denies when no rule matches", () => {
    expect(isAllowed([], "users/user/view")).toBe(false);
    expect(isAllowed([allow("users", "group", "view")], "users/user/view")).toBe(false);
  });

  it("allows an exact match", () => {
    expect(isAllowed([allow("users", "user", "view")], "users/user/view")).toBe(true);
  });

  it("honours a wildcard at each level", () => {
    expect(isAllowed([allow("*", "*", "*")], "users/user/delete")).toBe(true);
    expect(isAllowed([allow("users", "*", "view")], "users/group/view")).toBe(true);
    expect(isAllowed([allow("users", "user", "*")], "users/user/edit")).toBe(true);
    expect(isAllowed([allow("*", "user", "edit")], "users/user/edit")).toBe(true);
    expect(isAllowed([allow("users", "*", "view")], "users/group/edit")).toBe(false);
  });

  it("lets a matching deny win over any allow, whatever the order", () => {
    const rules = [allow("*", "*", "*"), deny("users", "user", "delete")];
    expect(isAllowed(rules, "users/user/delete")).toBe(false);
    expect(isAllowed([...rules].reverse(), "users/user/delete")).toBe(false);
    expect(isAllowed(rules, "users/user/edit")).toBe(true);
    expect(isAllowed([deny("*", "*", "*"), allow("users", "user", "view")], "users/user/view")).toBe(false);
  });

  it("refuses a malformed permission", () => {
    expect(isAllowed([allow("*", "*", "*")], "users/user")).toBe(false);
  });
});
