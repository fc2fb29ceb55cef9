import { describe, expect, it } from "vitest";

import { secretBox } from "./secret-box";

const box = secretBox("app-secret-0123456789", "mail-secrets");

describe("secret box", () => {
  it("opens what it sealed, and seals the same text differently every time", () => {
    const plain = "Passwort: Grüße-<&>-1";
    const a = box.seal(plain);
    const b = box.seal(plain);
    expect(a).not.toBe(b);
    expect(a).not.toContain("Grüße");
    expect(box.open(a)).toBe(plain);
    expect(box.open(b)).toBe(plain);
  });

  it("refuses a value sealed under another secret or purpose", () => {
    const sealed = box.seal("reset link");
    expect(() => secretBox("another-secret-0123456789", "mail-secrets").open(sealed)).toThrow();
    expect(() => secretBox("app-secret-0123456789", "other-purpose").open(sealed)).toThrow();
  });

  it("refuses an altered or malformed value", () => {
    const sealed = box.seal("reset link");
    const raw = Buffer.from(sealed.slice(3), "base64url");
    raw[raw.length - 1]! ^= 1;
    expect(() => box.open(`v1.${raw.toString("base64url")}`)).toThrow();
    expect(() => box.open("reset link")).toThrow("Not a sealed value");
    expect(() => box.open("v1.AAAA")).toThrow("Not a sealed value");
  });
});
