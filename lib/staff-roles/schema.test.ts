import { describe, expect, it } from "vitest";

import { keysOnly } from "@/lib/i18n/translate";

import { roleFormSchema } from "./schema";

const parse = (rules: unknown[]) => roleFormSchema(keysOnly).safeParse({ name: " Support ", rules });

describe("roleFormSchema", () => {
  it("accepts rules from the ACL and trims the name", () => {
    const res = parse([
      { area: "*", resource: "*", action: "*", effect: "ALLOW" },
      { area: "users", resource: "user", action: "create", effect: "DENY" },
    ]);
    expect(res.success && res.data.name).toBe("Support");
  });

  it("reports each refused rule at its own row and field, so the form can show it there", () => {
    const res = parse([
      { area: "*", resource: "*", action: "*", effect: "ALLOW" },
      { area: "users", resource: "order", action: "view", effect: "ALLOW" },
      { area: "*", resource: "*", action: "*", effect: "DENY" },
      { area: "sales", resource: "quote", action: "delete", effect: "ALLOW" },
    ]);
    expect(res.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["rules.1.resource", "errors.ruleResourceUnknown"],
      ["rules.2.action", "errors.ruleDuplicate"],
      ["rules.3.action", "errors.ruleActionUnknown"],
    ]);
  });

  it("refuses an effect other than allow or deny", () => {
    const res = parse([{ area: "users", resource: "user", action: "view", effect: "MAYBE" }]);
    expect(res.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["rules.0.effect", "errors.required"],
    ]);
  });
});
