import { describe, expect, it } from "vitest";

import { effectivePermissions } from "./effective";

describe("effectivePermissions", () => {
  it("takes the widest level per entity and action across roles and adds up capabilities", () => {
    const result = effectivePermissions([
      {
        permissions: [
          { entity: "order", action: "VIEW", level: "OWN" },
          { entity: "order", action: "CREATE", level: "OWN" },
        ],
        capabilities: ["place-orders"],
      },
      {
        permissions: [{ entity: "order", action: "VIEW", level: "COMPANY" }],
        capabilities: ["request-quote", "place-orders"],
      },
    ]);
    expect(result.levels.order.VIEW).toBe("COMPANY");
    expect(result.levels.order.CREATE).toBe("OWN");
    expect(result.levels.order.DELETE).toBe("NONE");
    expect(result.levels["customer-user"].VIEW).toBe("NONE");
    expect(result.capabilities).toEqual(["place-orders", "request-quote"]);
  });

  it("grants nothing for entities or capabilities the catalogue does not know", () => {
    const result = effectivePermissions([
      { permissions: [{ entity: "invoice", action: "VIEW", level: "COMPANY" }], capabilities: ["fly"] },
    ]);
    expect(Object.keys(result.levels)).not.toContain("invoice");
    expect(result.capabilities).toEqual([]);
  });
});
