import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { ACL, allPermissions } from "./resources";
import { actionOptions, areaOptions, resourceOptions, ruleLabel, ruleProblems } from "./rules";

const rule = (area: string, resource: string, action: string) => ({ area, resource, action });

describe("rule editor options", () => {
  it("offers every area and, per area, only its resources and their actions", () => {
    expect(areaOptions()).toEqual(["*", "users", "customers", "sales", "catalog", "content", "system"]);
    expect(resourceOptions("sales")).toEqual(["*", "order", "quote"]);
    expect(actionOptions("sales", "order")).toEqual(["*", "view", "create", "edit", "override-price"]);
    expect(actionOptions("customers", "impersonation")).toEqual(["*", "start", "view", "end"]);
    expect(actionOptions("content", "*")).toEqual(["*", "view", "create", "edit", "delete", "preview"]);
  });

  it("offers the union over all areas when the area is '*'", () => {
    expect(resourceOptions("*")).toContain("cms-page");
    expect(resourceOptions("*")).toContain("user");
    expect(actionOptions("*", "impersonation")).toEqual(["*", "start", "view", "end"]);
    expect(actionOptions("*", "*")).toEqual([
      "*",
      "view",
      "create",
      "edit",
      "delete",
      "export",
      "export-all",
      "import",
      "start",
      "end",
      "override-price",
      "preview",
      "reveal",
    ]);
  });
});

describe("ruleProblems", () => {
  it("accepts rules that match at least one permission", () => {
    expect(
      ruleProblems([
        rule("*", "*", "*"),
        rule("*", "*", "view"),
        rule("customers", "*", "*"),
        rule("*", "user", "edit"),
      ]),
    ).toEqual([]);
  });

  it("refuses unknown names and triples the ACL does not have, at the field that is wrong", () => {
    expect(ruleProblems([rule("billing", "*", "*")])).toEqual([{ index: 0, field: "area", code: "ruleAreaUnknown" }]);
    expect(ruleProblems([rule("*", "*", "*"), rule("users", "order", "view")])).toEqual([
      { index: 1, field: "resource", code: "ruleResourceUnknown" },
    ]);
    expect(ruleProblems([rule("sales", "order", "delete")])).toEqual([
      { index: 0, field: "action", code: "ruleActionUnknown" },
    ]);
    expect(ruleProblems([rule("sales", "*", "preview")])).toEqual([
      { index: 0, field: "action", code: "ruleActionUnknown" },
    ]);
  });

  it("refuses a second rule for the same area / resource / action", () => {
    expect(ruleProblems([rule("users", "user", "view"), rule("*", "*", "*"), rule("users", "user", "view")])).toEqual([
      { index: 2, field: "action", code: "ruleDuplicate" },
    ]);
  });

  it("labels a rule as the audit log stores it", () => {
    expect(ruleLabel({ area: "users", resource: "user", action: "create", effect: "DENY" })).toBe(
      "users/user/create:deny",
    );
  });
});

describe("ACL labels", () => {
  const messages = (locale: string) =>
    JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../messages/${locale}.json`), "utf8"));

  it.each(["en", "de"])("%s names every area, resource and action the rule editor offers", (locale) => {
    const acl = messages(locale).roles.acl;
    for (const p of allPermissions()) {
      const [area, resource, action] = p.split("/") as [string, string, string];
      expect(acl.areas[area], area).toBeTypeOf("string");
      expect(acl.resources[resource], resource).toBeTypeOf("string");
      expect(acl.actions[action], action).toBeTypeOf("string");
    }
    expect(Object.keys(acl.areas).sort()).toEqual(Object.keys(ACL).sort());
  });
});
