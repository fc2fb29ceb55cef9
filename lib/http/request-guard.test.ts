import { describe, expect, it } from "vitest";

import {
  hasBadUrlText,
  isCrossOrigin,
  isReadableActionForm,
  isReadableActionText,
  isUnstorableText,
  unstorableInputPath,
} from "./request-guard";

describe("text PostgreSQL cannot store", () => {
  it("is a NUL character or a lone surrogate; a surrogate pair (emoji) is fine", () => {
    expect(isUnstorableText("a\u0000b")).toBe(true);
    expect(isUnstorableText("a\uD800b")).toBe(true);
    expect(isUnstorableText("a\uDC00")).toBe(true);
    expect(isUnstorableText("Grüße 😀")).toBe(false);
  });

  it("is found in a URL's path or query, including malformed percent-encoding", () => {
    expect(hasBadUrlText(new URL("http://x/products?q=%00"))).toBe(true);
    expect(hasBadUrlText(new URL("http://x/pages/%00"))).toBe(true);
    expect(hasBadUrlText(new URL("http://x/products?q=%E0%A4%A"))).toBe(true);
    expect(hasBadUrlText(new URL("http://x/products?q=%C3%BC+desk&page=2"))).toBe(false);
  });

  it("is named by its dotted path in an action's input", () => {
    expect(unstorableInputPath({ name: "ok", addresses: [{ city: "Ber\u0000lin" }] })).toBe("addresses.0.city");
    expect(unstorableInputPath({ note: "\uD800" })).toBe("note");
    expect(unstorableInputPath("\u0000")).toBe("form");
    expect(unstorableInputPath({ a: [1, true, null, "fine"] })).toBeNull();
  });
});

describe("server action bodies", () => {
  it("reads a JSON array of plain values, with React's escapes for dollars, dates and undefined", () => {
    expect(
      isReadableActionText('[{"name":"$$5 off","at":"$D2026-12-03T10:00:00.000Z","x":"$undefined","n":"$n12"}]'),
    ).toBe(true);
    expect(isReadableActionText("[]")).toBe(true);
  });

  it("refuses what React's decoder would throw on", () => {
    for (const body of [
      '[{"a":',
      '"x"',
      "null",
      "1",
      '["$Q1"]',
      '["$h1"]',
      '["$1"]',
      '["$n12a"]',
      '["$B1"]',
      '["$W1"]',
      '["$i1"]',
    ]) {
      expect(isReadableActionText(body), body).toBe(false);
    }
  });

  it("reads multipart bodies whose references name parts they have", () => {
    const form = new FormData();
    form.set("0", '[{"values":{"sku":"A"},"image":"$B1"},"$K2"]');
    form.set("1", new Blob(["png"]));
    form.set("_2_name", "x");
    expect(isReadableActionForm(form)).toBe(true);
    const missing = new FormData();
    missing.set("0", '[{"image":"$B1"}]');
    expect(isReadableActionForm(missing)).toBe(false);
    const notJson = new FormData();
    notJson.set("0", "garbage");
    expect(isReadableActionForm(notJson)).toBe(false);
  });
});

describe("cross-origin posts", () => {
  const h = (init: Record<string, string>) => new Headers(init);
  it("compare the Origin's host with the request's host", () => {
    expect(isCrossOrigin(h({ origin: "http://shop.example", host: "shop.example" }))).toBe(false);
    expect(isCrossOrigin(h({ origin: "http://evil.example", host: "shop.example" }))).toBe(true);
    expect(isCrossOrigin(h({ origin: "null", host: "shop.example" }))).toBe(true);
    expect(
      isCrossOrigin(h({ origin: "http://shop.example", host: "internal:3000", "x-forwarded-host": "shop.example" })),
    ).toBe(false);
    // no Origin at all is not a browser's cross-site post
    expect(isCrossOrigin(h({ host: "shop.example" }))).toBe(false);
  });
});
