import { describe, expect, it } from "vitest";

import { EMAIL_TEMPLATES } from "../../prisma/email-templates";
import { isTemplateKey, SAMPLE_VALUES, TEMPLATE_KEY_LIST, TEMPLATE_KEYS } from "./template-keys";
import { referencedNames, renderSource, unknownVariable } from "./templates";

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

describe("links in the default e-mails", () => {
  it("are links in the HTML part and stay plain addresses in the text part, for every template", () => {
    for (const t of EMAIL_TEMPLATES) {
      const allowed = TEMPLATE_KEYS[t.key as keyof typeof TEMPLATE_KEYS];
      const urls = allowed.filter((name) => name.endsWith("Url") && referencedNames(t.bodyText).includes(name));
      const vars: Record<string, string> = { ...SAMPLE_VALUES, resetUrl: "https://shop.example.com/reset?token=a&b=c" };
      const { text, html } = renderSource(t, allowed, vars);
      for (const name of urls) {
        const url = vars[name]!;
        const escaped = url.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
        expect([t.key, t.locale, html]).toEqual([
          t.key,
          t.locale,
          expect.stringContaining(`<a href="${escaped}">${escaped}</a>`),
        ]);
        expect(text).toContain(url);
        expect(text).not.toContain("<a");
      }
    }
  });
});
