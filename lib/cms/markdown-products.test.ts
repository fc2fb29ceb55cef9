import { describe, expect, it } from "vitest";

import { MAX_LISTED_PRODUCTS, parseMarkdown, parseProductsDirective, renderMarkdown } from "@/lib/markdown/markdown";

const skus = (n: number) => Array.from({ length: n }, (_, i) => `SKU-${i + 1}`);

describe("::products directive", () => {
  it("reads SKUs in order, trimmed, without repeats", () => {
    expect(parseProductsDirective("::products CHAIR-ERGO, LAMP-LED,PAPER-A4")).toEqual([
      "CHAIR-ERGO",
      "LAMP-LED",
      "PAPER-A4",
    ]);
    expect(parseProductsDirective("  ::products a.1 , b_2, a.1  ")).toEqual(["a.1", "b_2"]);
    expect(parseProductsDirective(`::products ${skus(MAX_LISTED_PRODUCTS).join(", ")}`)).toHaveLength(
      MAX_LISTED_PRODUCTS,
    );
  });

  it("refuses malformed lines", () => {
    for (const line of [
      "::products",
      "::products   ",
      "::products A,,B",
      "::products A, B,",
      "::products , A",
      "::productsA",
      ":: products A",
      "::product A",
      "::PRODUCTS A",
      "::products A B",
      "::products <b>x</b>",
      "::products -A",
      `::products ${"X".repeat(65)}`,
      `::products ${skus(MAX_LISTED_PRODUCTS + 1).join(",")}`,
      "see ::products A",
    ]) {
      expect(parseProductsDirective(line), line).toBeNull();
    }
  });
});

describe("parseMarkdown", () => {
  it("splits a block into HTML and product lists, in order", () => {
    expect(parseMarkdown("# Offers\n\nIntro\n::products A, B\nOutro\n\n::products C")).toEqual([
      { type: "html", html: "<h2>Offers</h2>\n<p>Intro</p>" },
      { type: "products", skus: ["A", "B"] },
      { type: "html", html: "<p>Outro</p>" },
      { type: "products", skus: ["C"] },
    ]);
  });

  it("keeps malformed directives as escaped paragraph text", () => {
    expect(parseMarkdown("::products A,,B\n\n::products <script>x</script>")).toEqual([
      { type: "html", html: "<p>::products A,,B</p>\n<p>::products &lt;script&gt;x&lt;/script&gt;</p>" },
    ]);
  });

  it("does not read directives inside code, lists or headings", () => {
    expect(parseMarkdown("```\n::products A\n```\n\n- ::products B\n\n# ::products C")).toEqual([
      {
        type: "html",
        html: "<pre><code>::products A</code></pre>\n<ul><li>::products B</li></ul>\n<h2>::products C</h2>",
      },
    ]);
  });

  it("is plain HTML for Markdown without directives, as renderMarkdown renders it", () => {
    const source = "Hello *all*\n\n- one";
    expect(parseMarkdown(source)).toEqual([{ type: "html", html: renderMarkdown(source) }]);
    expect(parseMarkdown("")).toEqual([]);
  });

  it("leaves directives as text where Markdown is rendered without them (product descriptions)", () => {
    expect(renderMarkdown("Intro\n::products A")).toBe("<p>Intro ::products A</p>");
  });
});
