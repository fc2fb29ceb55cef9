import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

import { formatDate, formatDateTime } from "./dates";

const at = new Date("2026-12-03T19:47:11Z");

describe("formatDate / formatDateTime", () => {
  it("writes one date and one date-time per language", () => {
    expect(formatDate(at, "en")).toBe("Dec 3, 2026");
    expect(formatDateTime(at, "en")).toBe("Dec 3, 2026, 7:47 PM UTC");
    expect(formatDate(at, "de")).toBe("03.12.2026");
    expect(formatDateTime(at, "de")).toBe("03.12.2026, 19:47 UTC");
  });
  it("keeps a date-only value's day and reads English for an unknown language", () => {
    expect(formatDate(new Date("1990-01-31T00:00:00Z"), "de")).toBe("31.01.1990");
    expect(formatDate("2026-12-03", "xx-YY")).toBe("Dec 3, 2026");
    expect(formatDateTime(at, "de-AT")).toBe("03.12.2026, 19:47 UTC");
  });
});

const ROOT = join(__dirname, "..", "..");
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });

/** Date formatting other than lib/i18n/dates.ts: each pattern is a way dates were once written. */
const OTHER_FORMATTING = [
  /toLocale(Date|Time)?String\(/,
  /Intl\.DateTimeFormat/,
  /\bformat\.dateTime\(/,
  /useFormatter\(|getFormatter\(\)[^;]*dateTime/,
  /toISOString\(\)/,
];
/**
 * ISO kept on purpose: machine-readable `<time dateTime>` attributes, audit JSON, the value of a
 * date input (type=date), URL filters, idempotency keys, and the storefront API's JSON (lib/api: RFC 3339
 * timestamps on the wire, and its page cursors), CSV exports (ISO 8601 cells and dated file names), the
 * dashboard's day keys (the UTC days its statements count by).
 */
const ISO_ALLOWED = [/dateTime=\{[^}]*toISOString\(\)\}/, /TimeLeft expiresAt=\{[^}]*toISOString\(\)\}/];
const ISO_FILES = new Set([
  "lib/contact-fields.ts",
  "lib/customer-users/form-data.ts",
  "lib/shop-account/service.ts",
  "lib/customer-users/write-helpers.ts",
  "lib/audit/params.ts",
  "lib/audit/record.ts",
  "lib/customer-users/password-expiry.ts",
  "lib/oauth-applications/list.ts",
  "lib/customer-users/export.ts",
  "lib/dashboard/service.ts",
]);

describe("date formatting", () => {
  it("lives in lib/i18n/dates.ts only", () => {
    const offenders: string[] = [];
    for (const path of ["app", "components", "lib"].flatMap((d) => files(join(ROOT, d)))) {
      const file = relative(ROOT, path);
      if (file === "lib/i18n/dates.ts") continue;
      readFileSync(path, "utf8")
        .split("\n")
        .forEach((line, i) => {
          const stripped = ISO_ALLOWED.reduce((l, re) => l.replace(re, ""), line);
          for (const re of OTHER_FORMATTING) {
            if (!re.test(stripped)) continue;
            if (re.source.startsWith("toISOString") && (ISO_FILES.has(file) || file.startsWith("lib/api/"))) continue;
            offenders.push(`${file}:${i + 1}: ${line.trim()}`);
          }
        });
    }
    expect(offenders).toEqual([]);
  });
});
