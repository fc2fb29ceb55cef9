/**
 * The one date and the one date-time format per interface language, for the server, the browser
 * and e-mails alike. Every date a person reads goes through here (held by dates.test.ts, which
 * scans the code for other date formatting). Times are shown in UTC, with the zone named, as the
 * request config (lib/i18n/request.ts) sets; date-only values (birthday, valid until) are stored at
 * UTC midnight, so the same zone keeps their day. Date inputs (type=date) keep ISO yyyy-mm-dd.
 */
type Style = { date: Intl.DateTimeFormatOptions; dateTime: Intl.DateTimeFormatOptions };

const UTC = { timeZone: "UTC" } as const;
const STYLES: Record<string, Style> = {
  // Dec 3, 2026 / Dec 3, 2026, 7:47 PM UTC
  en: {
    date: { ...UTC, year: "numeric", month: "short", day: "numeric" },
    dateTime: {
      ...UTC,
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
      timeZoneName: "short",
    },
  },
  // 03.12.2026 / 03.12.2026, 19:47 UTC
  de: {
    date: { ...UTC, year: "numeric", month: "2-digit", day: "2-digit" },
    dateTime: {
      ...UTC,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      timeZoneName: "short",
    },
  },
};

const cache = new Map<string, Intl.DateTimeFormat>();

/** A language without its own entry (a customer's free-text localization code) reads English. */
function formatter(locale: string, kind: keyof Style): Intl.DateTimeFormat {
  const lang = locale.split("-")[0]?.toLowerCase() ?? "en";
  const code = lang in STYLES ? lang : "en";
  const key = `${code}:${kind}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(code, STYLES[code]![kind]);
    cache.set(key, f);
  }
  return f;
}

const toDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

/** A day, e.g. "Dec 3, 2026" (en) or "03.12.2026" (de). */
export const formatDate = (value: Date | string, locale: string) => formatter(locale, "date").format(toDate(value));

/** A moment, e.g. "Dec 3, 2026, 7:47 PM UTC" (en) or "03.12.2026, 19:47 UTC" (de). */
export const formatDateTime = (value: Date | string, locale: string) =>
  formatter(locale, "dateTime").format(toDate(value));
