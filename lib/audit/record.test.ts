import { describe, expect, it } from "vitest";

import { diffFields, REDACTED } from "./record";

describe("diffFields", () => {
  it("keeps only changed fields, with before and after", () => {
    expect(diffFields({ firstName: "Ann", lastName: "Lee" }, { firstName: "Anna", lastName: "Lee" })).toEqual({
      firstName: { before: "Ann", after: "Anna" },
    });
  });
  it("records creation and deletion against null", () => {
    expect(diffFields(null, { name: "Ops" })).toEqual({ name: { before: null, after: "Ops" } });
    expect(diffFields({ name: "Ops" }, null)).toEqual({ name: { before: "Ops", after: null } });
  });
  it("never writes a secret's value", () => {
    const changes = diffFields({ passwordHash: "$argon2id$old" }, { passwordHash: "$argon2id$new" });
    expect(changes).toEqual({ passwordHash: { before: REDACTED, after: REDACTED } });
    expect(JSON.stringify(changes)).not.toContain("argon2id");
  });
  it("compares arrays and dates by value", () => {
    expect(diffFields({ groups: ["a", "b"] }, { groups: ["a", "b"] })).toEqual({});
    const d = new Date("2026-01-01T00:00:00Z");
    expect(diffFields({ at: d }, { at: new Date(d) })).toEqual({});
  });
});
