import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import messages from "@/messages/en.json";

import { policyHint } from "./policy-hint";

const t = createTranslator({ locale: "en", messages, namespace: "shop" }) as unknown as Parameters<
  typeof policyHint
>[0];

describe("policyHint", () => {
  it("states the length alone when no class is required", () => {
    expect(policyHint(t, { minLength: 10 })).toBe("At least 10 characters, with a letter and a digit or symbol.");
  });
  it("names every required class", () => {
    expect(policyHint(t, { minLength: 8, requireUpper: true, requireSymbol: true })).toBe(
      "At least 8 characters, with a letter and a digit or symbol. It must include: an upper-case letter, a symbol.",
    );
  });
});
