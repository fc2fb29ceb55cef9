import { describe, expect, it } from "vitest";

import { parseGridParams } from "@/lib/grid/params";

import { AUDIT_GRID, isoDay, utcDayRange } from "./params";

describe("audit log URL state", () => {
  it("accepts only real calendar days", () => {
    expect(isoDay("2030-02-28")).toBe("2030-02-28");
    expect(isoDay("2028-02-29")).toBe("2028-02-29");
    expect(isoDay("2030-02-29")).toBeUndefined();
    expect(isoDay("2030-13-01")).toBeUndefined();
    expect(isoDay("30.01.2030")).toBeUndefined();
  });

  it("includes both days of a range, in UTC", () => {
    expect(utcDayRange("2030-01-31", "2030-01-31")).toEqual({
      gte: new Date("2030-01-31T00:00:00Z"),
      lt: new Date("2030-02-01T00:00:00Z"),
    });
    expect(utcDayRange(undefined, "2030-12-31")).toEqual({ lt: new Date("2031-01-01T00:00:00Z") });
    expect(utcDayRange()).toBeUndefined();
  });

  it("keeps known entities, actions and days and drops the rest; newest first by default", () => {
    const p = parseGridParams(
      {
        entity: "staff-user",
        action: "drop table",
        actor: "  ada@ ",
        actorId: "x'; --",
        from: "2030-01-01",
        to: "soon",
        sort: "actorLabel",
      },
      AUDIT_GRID,
    );
    expect(p.filters).toEqual({ entity: "staff-user", actor: "ada@", from: "2030-01-01" });
    expect(p.sort).toBe("at");
    expect(p.dir).toBe("desc");
  });

  it("keeps a session id of the expected shape only", () => {
    expect(parseGridParams({ session: "cmabc123_-x" }, AUDIT_GRID).filters).toEqual({ session: "cmabc123_-x" });
    expect(parseGridParams({ session: "x' OR 1=1" }, AUDIT_GRID).filters).toEqual({});
  });
});
