import { describe, expect, it } from "vitest";
import { EMAIL_TEMPLATES } from "../../prisma/email-templates";
import { TEMPLATE_KEYS, TEMPLATE_KEY_LIST, isTemplateKey } from "./template-keys";
import { unknownVariable } from "./templates";

describe("default e-mail templates", () => {
  it("exist for every key in English and German", () => {
    const present = EMAIL_TEMPLATES.map((t) => `${t.key}:${t.locale}`).sort();
    expect(present).toEqual(TEMPLATE_KEY_LIST.flatMap((k) => [`${k}:de`, `${k}:en`]).sort());
  });

  it("use only the variables their key offers", () => {
    for (const t of EMAIL_TEMPLATES) {
      expect(isTemplateKey(t.key)).toBe(true);
      const allowed = TEMPLATE_KEYS[t.key as keyof typeof TEMPLATE_KEYS];
      expect([t.key, unknownVariable(t.subject + t.bodyText + t.bodyHtml, allowed)]).toEqual([t.key, null]);
    }
  });
});
