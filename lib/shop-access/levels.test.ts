import { describe, expect, it } from "vitest";

import { effectivePermissions } from "@/lib/customer-roles/effective";

import { escalations, scopeOfLevel } from "./levels";

const reach = { customerUserId: "u1", companyId: "c1", subsidiaryIds: ["c2", "c3"] };

describe("customer access levels", () => {
  it("maps each level to what it reaches", () => {
    expect(scopeOfLevel("NONE", reach)).toEqual({ level: "NONE" });
    expect(scopeOfLevel("OWN", reach)).toEqual({ level: "OWN", customerUserId: "u1" });
    expect(scopeOfLevel("COMPANY", reach)).toEqual({ level: "COMPANY", companyIds: ["c1"] });
    expect(scopeOfLevel("COMPANY_AND_SUBSIDIARIES", reach)).toEqual({
      level: "COMPANY_AND_SUBSIDIARIES",
      companyIds: ["c1", "c2", "c3"],
    });
  });

  it("refuses a role granting a wider level or a capability the writer lacks", () => {
    const own = effectivePermissions([
      { permissions: [{ entity: "order", action: "VIEW", level: "COMPANY" }], capabilities: ["place-orders"] },
    ]);
    expect(
      escalations(own, {
        permissions: [
          { entity: "order", action: "VIEW", level: "OWN" },
          { entity: "order", action: "VIEW", level: "COMPANY" },
        ],
        capabilities: ["place-orders"],
      }),
    ).toEqual({ permissions: [], capabilities: false });
    expect(
      escalations(own, {
        permissions: [
          { entity: "order", action: "VIEW", level: "COMPANY_AND_SUBSIDIARIES" },
          { entity: "order", action: "EDIT", level: "NONE" },
          { entity: "address", action: "EDIT", level: "OWN" },
        ],
        capabilities: ["manage-roles"],
      }),
    ).toEqual({ permissions: [0, 2], capabilities: true });
  });
});
