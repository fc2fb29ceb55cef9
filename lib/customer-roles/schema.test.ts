import { describe, expect, it } from "vitest";

import { keysOnly } from "@/lib/i18n/translate";

import { CUSTOMER_ACTIONS, CUSTOMER_ENTITIES } from "./catalog";
import { customerRoleFormSchema, fullMatrix, ownerCompanyId } from "./schema";

const base = {
  name: " Buyer plus ",
  owner: "predefined",
  companyId: "",
  selfManaged: false,
  permissions: [],
  capabilities: [],
};
const issues = (over: object) =>
  customerRoleFormSchema(keysOnly)
    .safeParse({ ...base, ...over })
    .error?.issues.map((i) => [i.path.join("."), i.message]);

describe("customerRoleFormSchema", () => {
  it("accepts catalogue grants and trims the name", () => {
    const res = customerRoleFormSchema(keysOnly).safeParse({
      ...base,
      permissions: [{ entity: "order", action: "VIEW", level: "OWN" }],
      capabilities: ["place-orders"],
    });
    expect(res.success && res.data.name).toBe("Buyer plus");
  });

  it("refuses entities, levels and capabilities outside the catalogue, each at its field", () => {
    expect(issues({ permissions: [{ entity: "invoice", action: "VIEW", level: "OWN" }] })).toEqual([
      ["permissions.0.entity", "errors.customerRoleEntityUnknown"],
    ]);
    expect(issues({ permissions: [{ entity: "order", action: "VIEW", level: "GLOBAL" }] })).toEqual([
      ["permissions.0.level", "errors.customerRoleLevelUnknown"],
    ]);
    expect(issues({ capabilities: ["place-orders", "fly"] })).toEqual([
      ["capabilities", "errors.customerRoleCapabilityUnknown"],
    ]);
    expect(
      issues({
        permissions: [
          { entity: "order", action: "VIEW", level: "OWN" },
          { entity: "order", action: "VIEW", level: "COMPANY" },
        ],
      }),
    ).toEqual([["permissions.1.level", "errors.customerRolePermissionDuplicate"]]);
  });

  it("asks for the company of a company-owned role, and ignores a left-over company of a predefined one", () => {
    expect(issues({ owner: "company", companyId: "" })).toEqual([["companyId", "errors.customerRoleCompanyRequired"]]);
    expect(ownerCompanyId({ owner: "predefined", companyId: "c1" })).toBeNull();
    expect(ownerCompanyId({ owner: "company", companyId: "c1" })).toBe("c1");
  });
});

describe("fullMatrix", () => {
  it("has every entity and action once, in catalogue order, NONE where nothing is granted", () => {
    const m = fullMatrix([{ entity: "address", action: "EDIT", level: "COMPANY" }]);
    expect(m).toHaveLength(CUSTOMER_ENTITIES.length * CUSTOMER_ACTIONS.length);
    expect(m.filter((c) => c.level !== "NONE")).toEqual([{ entity: "address", action: "EDIT", level: "COMPANY" }]);
    expect(
      m[CUSTOMER_ENTITIES.indexOf("address") * CUSTOMER_ACTIONS.length + CUSTOMER_ACTIONS.indexOf("EDIT")]!.level,
    ).toBe("COMPANY");
  });
});
