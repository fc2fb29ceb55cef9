import { z } from "zod";

import { isoDay } from "@/lib/audit/params";
import type { Translate } from "@/lib/i18n/translate";
import { API_SCOPES } from "@/lib/oauth/scopes";

export const NAME_MAX = 100;
export const MAX_OVERLAP_HOURS = 24;

const idSchema = z.string().min(1).max(64);
const name = (t: Translate) =>
  z
    .string()
    .trim()
    .min(1, { error: t("errors.required") })
    .max(NAME_MAX, { error: t("errors.tooLong", { max: NAME_MAX }) });
/** The day the application stops working (UTC midnight), as a date input sends it; "" means never. */
const expiresOn = (t: Translate) =>
  z
    .string()
    .max(10)
    .refine((v) => v === "" || isoDay(v) !== undefined, { error: t("errors.oauthExpiryInvalid") })
    .transform((v) => v || null);
const scopes = (t: Translate) =>
  z.array(z.enum(API_SCOPES, { error: t("errors.oauthScopeUnknown") })).max(API_SCOPES.length);
const int = (t: Translate, min: number, max: number) =>
  z
    .number({ error: t("errors.oauthNumberRange", { min, max }) })
    .int({ error: t("errors.oauthNumberRange", { min, max }) })
    .min(min, { error: t("errors.oauthNumberRange", { min, max }) })
    .max(max, { error: t("errors.oauthNumberRange", { min, max }) });

/** Name, status, scopes and expiry: what "Add Application" asks. */
export function applicationValuesSchema(t: Translate) {
  return z.object({ name: name(t), active: z.boolean(), scopes: scopes(t), expiresOn: expiresOn(t) });
}

export function createApplicationSchema(t: Translate) {
  return z.object({ customerUserId: idSchema, values: applicationValuesSchema(t) });
}

/** Editing adds the rate limit: sustained requests per second and the burst above it. */
export function updateValuesSchema(t: Translate) {
  return applicationValuesSchema(t)
    .extend({ rateLimitPerSecond: int(t, 1, 1000), rateLimitBurst: int(t, 1, 10_000) })
    .refine((v) => v.rateLimitBurst >= v.rateLimitPerSecond, {
      path: ["rateLimitBurst"],
      error: t("errors.oauthBurstBelowRate"),
    });
}

export function updateApplicationSchema(t: Translate) {
  return z.object({ id: idSchema, values: updateValuesSchema(t) });
}

export const setApplicationActiveSchema = () => z.object({ id: idSchema, active: z.boolean() });

/** How long the former secret keeps working after a new one is made: 0 (not at all) to 24 hours. */
export function regenerateSecretSchema(t: Translate) {
  return z.object({ id: idSchema, overlapHours: int(t, 0, MAX_OVERLAP_HOURS) });
}

export const applicationIdSchema = () => z.object({ id: idSchema });

export type ApplicationInput = z.input<ReturnType<typeof applicationValuesSchema>>;
export type ApplicationValues = z.output<ReturnType<typeof applicationValuesSchema>>;
export type UpdateInput = z.input<ReturnType<typeof updateValuesSchema>>;
export type UpdateValues = z.output<ReturnType<typeof updateValuesSchema>>;
