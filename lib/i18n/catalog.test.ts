import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";

const dir = path.resolve(import.meta.dirname, "../../messages");
const load = (locale: string) => JSON.parse(readFileSync(path.join(dir, `${locale}.json`), "utf8"));

function keys(obj: unknown, prefix = ""): string[] {
  if (typeof obj !== "object" || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message catalogues", () => {
  it("has one catalogue per supported locale", () => {
    expect(readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => f.replace(".json", "")).sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES.filter((l) => l !== "en"))("%s has exactly the keys of en", (locale) => {
    expect(keys(load(locale)).sort()).toEqual(keys(load("en")).sort());
  });
});
