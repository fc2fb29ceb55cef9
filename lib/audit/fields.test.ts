import { describe, expect, it } from "vitest";

import de from "@/messages/de.json";
import en from "@/messages/en.json";

import { asWords } from "./fields";

describe("audit field labels", () => {
  it("label the fields the audit log records, in both languages", () => {
    for (const field of [
      "postalCode",
      "assistanceConsentMode",
      "preferredLocalizationId",
      "passwordMinLength",
      "defaultBilling",
      "salesRep",
      "capabilities",
    ]) {
      expect(en.audit.fields).toHaveProperty(field);
      expect(de.audit.fields).toHaveProperty(field);
    }
    expect(Object.keys(de.audit.fields).sort()).toEqual(Object.keys(en.audit.fields).sort());
  });

  it("show a field without a label as words, never as its key", () => {
    expect(asWords("postalCode")).toBe("Postal code");
    expect(asWords("customerLoginMaxFailures")).toBe("Customer login max failures");
    expect(asWords("street2")).toBe("Street2");
  });
});
