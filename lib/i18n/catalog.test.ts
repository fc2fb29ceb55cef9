import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { DEFAULT_LOCALE, LOCALE_CODE, negotiateLocale } from "./locales";

const dir = path.resolve(import.meta.dirname, "../../messages");
const catalogues = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.slice(0, -5));
const load = (locale: string) => JSON.parse(readFileSync(path.join(dir, `${locale}.json`), "utf8"));

function keys(obj: unknown, prefix = ""): string[] {
  if (typeof obj !== "object" || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message catalogues", () => {
  it("includes the default language, and every file is named by a locale code and names its language", () => {
    expect(catalogues).toContain(DEFAULT_LOCALE);
    for (const code of catalogues) {
      expect(code).toMatch(LOCALE_CODE);
      expect(load(code).meta.languageName).toEqual(expect.any(String));
    }
  });

  it.each(catalogues.filter((l) => l !== DEFAULT_LOCALE))(
    "%s has exactly the keys of the default language",
    (locale) => {
      expect(keys(load(locale)).sort()).toEqual(keys(load(DEFAULT_LOCALE)).sort());
    },
  );
});

describe("negotiateLocale", () => {
  it("takes the best available match by quality, else the default", () => {
    expect(negotiateLocale("fr-CH, de;q=0.9, en;q=0.8", ["en", "de"])).toBe("de");
    expect(negotiateLocale("fr", ["en", "de"])).toBe("en");
    expect(negotiateLocale(null, ["en", "de"])).toBe("en");
  });
});
