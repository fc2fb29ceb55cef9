import "server-only";

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { DEFAULT_LOCALE, LOCALE_CODE, type Locale, type LocaleOption } from "./locales";

const dir = path.join(process.cwd(), "messages");
let cached: LocaleOption[] | undefined;

/** Every catalogue in messages/, the default language first. Read once per process. */
export function availableLocales(): LocaleOption[] {
  cached ??= readdirSync(dir)
    .filter((f) => f.endsWith(".json") && LOCALE_CODE.test(f.slice(0, -5)))
    .map((f) => {
      const catalogue = JSON.parse(readFileSync(path.join(dir, f), "utf8")) as { meta?: { languageName?: string } };
      const code = f.slice(0, -5);
      return { code, name: catalogue.meta?.languageName ?? code };
    })
    .sort((a, b) => (a.code === DEFAULT_LOCALE ? -1 : b.code === DEFAULT_LOCALE ? 1 : a.name.localeCompare(b.name)));
  return cached;
}

export const localeCodes = (): Locale[] => availableLocales().map((l) => l.code);

export const isAvailableLocale = (value: unknown): value is Locale =>
  typeof value === "string" && localeCodes().includes(value);

export const localeName = (code: Locale): string => availableLocales().find((l) => l.code === code)?.name ?? code;
