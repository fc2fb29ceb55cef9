import type { AssistanceConsentMode, SettingValues } from "@/lib/config/keys";

/** The one-time start link lives this long: long enough to open a tab, too short to be forwarded. */
export const START_TOKEN_TTL_MS = 60_000;

export type Purpose = "ASSIST" | "PREVIEW";

export type CustomerState = {
  enabled: boolean;
  confirmed: boolean;
  locked: boolean;
  lockedUntil: Date | null;
  assistanceAllowed: boolean | null;
};

export type Refusal =
  | "impersonation.featureOff"
  | "impersonation.websiteOff"
  | "impersonation.customerDisabled"
  | "impersonation.customerLocked"
  | "impersonation.customerUnconfirmed"
  | "impersonation.consentRefused"
  | "impersonation.consentMissing";

/**
 * Why a staff member may not sign in as this customer user now, or null. A preview changes nothing
 * and is limited to assigned customers elsewhere, so neither the switches nor consent apply to it.
 */
export function refusalFor(
  purpose: Purpose,
  customer: CustomerState,
  switches: { global: boolean; website: boolean; consentMode: AssistanceConsentMode },
  now: Date,
): Refusal | null {
  if (purpose === "ASSIST" && !switches.global) return "impersonation.featureOff";
  if (purpose === "ASSIST" && !switches.website) return "impersonation.websiteOff";
  if (!customer.enabled) return "impersonation.customerDisabled";
  if (customer.locked || (customer.lockedUntil && customer.lockedUntil > now)) return "impersonation.customerLocked";
  if (!customer.confirmed) return "impersonation.customerUnconfirmed";
  if (purpose === "ASSIST" && switches.consentMode === "opt-out" && customer.assistanceAllowed === false)
    return "impersonation.consentRefused";
  if (purpose === "ASSIST" && switches.consentMode === "opt-in" && customer.assistanceAllowed !== true)
    return "impersonation.consentMissing";
  return null;
}

/** A customer user's state as a page of them was read, with their website's impersonation switch. */
export type AssistCandidate = CustomerState & { id: string; websiteEnabled: boolean };

/**
 * Why "Log in as a user" (to assist) would be refused for each of these customer users now: only the
 * refused ones are keys. Pure, so that a grid can read the state with its own rows.
 */
export function assistRefusalsOf(
  customers: readonly AssistCandidate[],
  s: Pick<SettingValues, "impersonationEnabled" | "assistanceConsentMode">,
  now: Date,
): Record<string, Refusal> {
  const out: Record<string, Refusal> = {};
  for (const c of customers) {
    const refusal = refusalFor(
      "ASSIST",
      c,
      { global: s.impersonationEnabled, website: c.websiteEnabled, consentMode: s.assistanceConsentMode },
      now,
    );
    if (refusal) out[c.id] = refusal;
  }
  return out;
}

/** What a live session's check found wrong, as the reason recorded when it ends. */
export type LiveVerdict = "ok" | "EXPIRED" | "STAFF_UNAVAILABLE" | "FEATURE_OFF" | "CUSTOMER_UNAVAILABLE";

/**
 * Every request of an impersonated tab asks again what starting it asked: a switch turned off, a
 * capability taken away, a customer locked or a consent withdrawn ends the session there and then.
 */
export function liveVerdict(
  s: { purpose: Purpose; expiresAt: Date; startedAt: Date | null },
  staff: { active: boolean; capable: boolean },
  customer: CustomerState | null,
  switches: { global: boolean; website: boolean; consentMode: AssistanceConsentMode },
  now: Date,
): LiveVerdict {
  if (!s.startedAt || s.expiresAt <= now) return "EXPIRED";
  if (!staff.active || !staff.capable) return "STAFF_UNAVAILABLE";
  if (!customer) return "CUSTOMER_UNAVAILABLE";
  const refusal = refusalFor(s.purpose, customer, switches, now);
  if (refusal === "impersonation.featureOff" || refusal === "impersonation.websiteOff") return "FEATURE_OFF";
  return refusal ? "CUSTOMER_UNAVAILABLE" : "ok";
}
