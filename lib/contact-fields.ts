import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/min";
import { z } from "zod";

import type { Translate } from "@/lib/i18n/translate";

/**
 * The rules for phone numbers and birthdays, one place for every form that writes them (back-office
 * customer user, storefront profile and colleagues, address books). Phones are stored in E.164
 * ("+493012345678") so that they compare, search and dial alike; a birthday is a real past day.
 */

/** A phone number in E.164, or null when it is not a possible number (in `country` when it has no "+" prefix). */
export function toE164(value: string, country?: string | null): string | null {
  const region = country && /^[A-Z]{2}$/.test(country) ? (country as CountryCode) : undefined;
  const parsed = parsePhoneNumberFromString(value, region);
  return parsed?.isValid() ? parsed.number : null;
}

/** How a stored number is shown: international format, or as stored when it predates these rules. */
export function formatPhone(value: string | null | undefined): string {
  if (!value) return "";
  return parsePhoneNumberFromString(value)?.formatInternational() ?? value;
}

/**
 * An optional phone as a form sends it ("" means none), stored in E.164. Without `country` the
 * number needs its "+" country code; an address's phone may be written as dialled in its country
 * (see `addressPhone`).
 */
export function phoneField(t: Translate) {
  return z
    .string()
    .trim()
    .max(40, { error: t("errors.tooLong", { max: 40 }) })
    .refine((v) => v === "" || toE164(v) !== null, { error: t("errors.phoneInvalid") })
    .transform((v) => (v ? toE164(v) : null));
}

/** For an object schema's superRefine: the phone at `path` must be valid in `country`. */
export function checkAddressPhone(
  t: Translate,
  phone: string | null,
  country: string,
  ctx: z.RefinementCtx,
  path: (string | number)[] = ["phone"],
) {
  if (phone && toE164(phone, country) === null)
    ctx.addIssue({ code: "custom", path, message: t("errors.phoneInvalidIn", { country }) });
}

export const EARLIEST_BIRTHDAY = "1900-01-01";
const today = () => new Date().toISOString().slice(0, 10);

/** An optional birthday as `<input type="date">` sends it: a real calendar day, not in the future nor before 1900. */
export function birthdayField(t: Translate) {
  return z
    .string()
    .trim()
    .refine((v) => v === "" || isCalendarDay(v), { error: t("errors.dateInvalid") })
    .refine((v) => v === "" || !isCalendarDay(v) || v <= today(), { error: t("errors.birthdayFuture") })
    .refine((v) => v === "" || !isCalendarDay(v) || v >= EARLIEST_BIRTHDAY, { error: t("errors.birthdayTooEarly") })
    .transform((v) => v || null);
}

function isCalendarDay(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}
