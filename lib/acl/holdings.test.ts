import { describe, expect, it } from "vitest";

import type { Rule } from "./evaluate";
import { firstGainedNotHeld, firstNotHeld, grantingRow, holdsEverything, permissionsOf } from "./holdings";
import { allPermissions } from "./resources";

const allow = (area: string, resource: string, action: string): Rule => ({ area, resource, action, effect: "ALLOW" });
const deny = (area: string, resource: string, action: string): Rule => ({ area, resource, action, effect: "DENY" });

describe("what a list of rules holds", () => {
  it("is the permissions the guards would allow, wildcards and denies included", () => {
    expect(permissionsOf([allow("users", "user", "*")])).toEqual([
      "users/user/view",
      "users/user/create",
      "users/user/edit",
      "users/user/delete",
    ]);
    expect(permissionsOf([allow("*", "*", "*"), deny("*", "*", "delete")])).not.toContain("users/user/delete");
    expect(permissionsOf([deny("users", "*", "*")])).toEqual([]);
    expect(holdsEverything([allow("*", "*", "*")])).toBe(true);
    expect(holdsEverything([allow("*", "*", "*"), deny("system", "mail", "view")])).toBe(false);
    expect(permissionsOf([allow("*", "*", "*")])).toEqual(allPermissions());
  });

  it("names the first permission the other side grants and the holder lacks, or none when the holder holds at least as much", () => {
    const editor = [allow("users", "user", "edit")];
    expect(firstNotHeld(editor, [allow("*", "*", "*")])).toBe("users/user/view");
    expect(firstNotHeld(editor, [allow("users", "user", "edit"), deny("*", "*", "view")])).toBeNull();
    expect(firstNotHeld([allow("*", "*", "*"), deny("users", "user", "delete")], [allow("users", "user", "*")])).toBe(
      "users/user/delete",
    );
    expect(
      firstNotHeld([allow("users", "*", "*")], [allow("users", "user", "view"), allow("users", "role", "edit")]),
    ).toBeNull();
    expect(firstNotHeld([], [deny("*", "*", "*")])).toBeNull();
  });

  it("counts a removed deny as a gain", () => {
    const before = [allow("*", "*", "*"), deny("system", "settings", "edit")];
    const after = [allow("*", "*", "*")];
    expect(firstGainedNotHeld(before, before, after)).toBe("system/settings/edit");
    expect(firstGainedNotHeld([allow("*", "*", "*")], before, after)).toBeNull();
    expect(firstGainedNotHeld([], after, before)).toBeNull(); // losing is never granting
  });

  it("finds the one rule row that grants a permission, if there is exactly one", () => {
    const rules = [
      allow("content", "*", "*"),
      allow("users", "user", "view"),
      allow("*", "*", "view"),
      deny("system", "*", "*"),
    ];
    expect(grantingRow(rules, "content/cms-page/edit")).toBe(0);
    expect(grantingRow(rules, "users/user/view")).toBeNull();
    expect(grantingRow(rules, "system/settings/edit")).toBeNull();
  });
});
