import { describe, expect, it } from "vitest";

import { liveVerdict, refusalFor, type CustomerState } from "@/lib/identity/impersonation-rules";

const now = new Date("2026-11-23T12:00:00Z");
const ok: CustomerState = { enabled: true, confirmed: true, locked: false, lockedUntil: null, assistanceAllowed: null };
const on = { global: true, website: true, consentMode: "not-required" as const };

describe("refusalFor", () => {
  it("allows an enabled, confirmed, unlocked customer when both switches are on", () => {
    expect(refusalFor("ASSIST", ok, on, now)).toBeNull();
  });
  it("names each refusal", () => {
    expect(refusalFor("ASSIST", ok, { ...on, global: false }, now)).toBe("impersonation.featureOff");
    expect(refusalFor("ASSIST", ok, { ...on, website: false }, now)).toBe("impersonation.websiteOff");
    expect(refusalFor("ASSIST", { ...ok, enabled: false }, on, now)).toBe("impersonation.customerDisabled");
    expect(refusalFor("ASSIST", { ...ok, locked: true }, on, now)).toBe("impersonation.customerLocked");
    expect(refusalFor("ASSIST", { ...ok, lockedUntil: new Date(now.getTime() + 1000) }, on, now)).toBe(
      "impersonation.customerLocked",
    );
    expect(refusalFor("ASSIST", { ...ok, confirmed: false }, on, now)).toBe("impersonation.customerUnconfirmed");
  });
  it("a timed lockout that has passed does not refuse", () => {
    expect(refusalFor("ASSIST", { ...ok, lockedUntil: new Date(now.getTime() - 1000) }, on, now)).toBeNull();
  });
  it("asks for consent as the mode says", () => {
    const optOut = { ...on, consentMode: "opt-out" as const };
    const optIn = { ...on, consentMode: "opt-in" as const };
    expect(refusalFor("ASSIST", ok, optOut, now)).toBeNull();
    expect(refusalFor("ASSIST", { ...ok, assistanceAllowed: false }, optOut, now)).toBe("impersonation.consentRefused");
    expect(refusalFor("ASSIST", ok, optIn, now)).toBe("impersonation.consentMissing");
    expect(refusalFor("ASSIST", { ...ok, assistanceAllowed: false }, optIn, now)).toBe("impersonation.consentMissing");
    expect(refusalFor("ASSIST", { ...ok, assistanceAllowed: true }, optIn, now)).toBeNull();
    expect(refusalFor("ASSIST", { ...ok, assistanceAllowed: false }, on, now)).toBeNull();
  });
  it("a preview ignores the switches and consent but not the customer's state", () => {
    expect(
      refusalFor(
        "PREVIEW",
        { ...ok, assistanceAllowed: false },
        { global: false, website: false, consentMode: "opt-in" },
        now,
      ),
    ).toBeNull();
    expect(refusalFor("PREVIEW", { ...ok, enabled: false }, on, now)).toBe("impersonation.customerDisabled");
  });
});

describe("liveVerdict", () => {
  const live = {
    purpose: "ASSIST" as const,
    startedAt: new Date(now.getTime() - 60_000),
    expiresAt: new Date(now.getTime() + 60_000),
  };
  const staff = { active: true, capable: true };
  it("keeps a session whose every condition still holds", () => {
    expect(liveVerdict(live, staff, ok, on, now)).toBe("ok");
  });
  it("ends it for the first condition that fails", () => {
    expect(liveVerdict({ ...live, expiresAt: now }, staff, ok, on, now)).toBe("EXPIRED");
    expect(liveVerdict({ ...live, startedAt: null }, staff, ok, on, now)).toBe("EXPIRED");
    expect(liveVerdict(live, { active: false, capable: true }, ok, on, now)).toBe("STAFF_UNAVAILABLE");
    expect(liveVerdict(live, { active: true, capable: false }, ok, on, now)).toBe("STAFF_UNAVAILABLE");
    expect(liveVerdict(live, staff, ok, { ...on, global: false }, now)).toBe("FEATURE_OFF");
    expect(liveVerdict(live, staff, ok, { ...on, website: false }, now)).toBe("FEATURE_OFF");
    expect(liveVerdict(live, staff, null, on, now)).toBe("CUSTOMER_UNAVAILABLE");
    expect(liveVerdict(live, staff, { ...ok, locked: true }, on, now)).toBe("CUSTOMER_UNAVAILABLE");
    expect(liveVerdict(live, staff, { ...ok, assistanceAllowed: false }, { ...on, consentMode: "opt-out" }, now)).toBe(
      "CUSTOMER_UNAVAILABLE",
    );
  });
});
