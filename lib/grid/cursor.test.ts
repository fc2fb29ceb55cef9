import { describe, expect, it } from "vitest";

import { decodeCursor, encodeCursor } from "./cursor";

describe("grid cursors", () => {
  it("round-trips the sort value and id of a row", () => {
    const cursor = { key: 'Müller, "Anna" & co', id: "cularge0000ab" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });
  it("refuses what is not a pair of short strings with a plain id", () => {
    const raw = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
    expect(decodeCursor(undefined)).toBeNull();
    expect(decodeCursor("not base64 json")).toBeNull();
    expect(decodeCursor(raw(["a"]))).toBeNull();
    expect(decodeCursor(raw(["a", "b", "c"]))).toBeNull();
    expect(decodeCursor(raw([1, "abc"]))).toBeNull();
    expect(decodeCursor(raw(["a", "x'; DROP TABLE"]))).toBeNull();
    expect(decodeCursor(raw(["x".repeat(321), "abc"]))).toBeNull();
    expect(decodeCursor(raw({ key: "a", id: "b" }))).toBeNull();
  });
});
