import { describe, expect, it } from "vitest";

import { renderInline, renderMarkdown, safeHref } from "./markdown";

describe("renderMarkdown", () => {
  it("renders headings one level below the page title, paragraphs and lists", () => {
    const html = renderMarkdown("# Welcome\n\nFirst line\nsame paragraph.\n\n- one\n- two\n\n1. first\n2. second");
    expect(html).toBe(
      "<h2>Welcome</h2>\n<p>First line same paragraph.</p>\n<ul><li>one</li><li>two</li></ul>\n<ol><li>first</li><li>second</li></ol>",
    );
  });

  it("renders emphasis, code and fenced code", () => {
    expect(renderInline("**bold** and *em* and _em_ and `a<b`")).toBe(
      "<strong>bold</strong> and <em>em</em> and <em>em</em> and <code>a&lt;b</code>",
    );
    expect(renderMarkdown("```\n<b>x</b>\n```")).toBe("<pre><code>&lt;b&gt;x&lt;/b&gt;</code></pre>");
  });

  it("shows HTML in the source as text: no element, no attribute survives", () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n<a href="javascript:alert(1)">x</a>',
    );
    expect(html).not.toMatch(/<script|<img|<a /);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it("keeps http(s) and relative links, marks external ones", () => {
    expect(renderInline("[Shop](https://example.com/a?b=1&c=2)")).toBe(
      '<a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer">Shop</a>',
    );
    expect(renderInline("[About](/pages/about)")).toBe('<a href="/pages/about">About</a>');
    expect(renderInline("[Up](../x) [Top](#top)")).toBe('<a href="../x">Up</a> <a href="#top">Top</a>');
  });

  it("drops the target of links with other schemes but keeps their text", () => {
    for (const url of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "data:text/html,x",
      "vbscript:x",
      "//evil.example",
      "java\tscript:x",
      " javascript:x",
    ]) {
      expect(renderInline(`[click](${url})`), url).not.toContain("<a");
    }
    expect(renderInline("[click](javascript:alert(1))")).not.toContain("href");
  });

  it("cannot break out of an attribute or element through link text or address", () => {
    const html = renderInline('[x" onmouseover="alert(1)](/a"onclick="b)');
    expect(html).not.toMatch(/ on\w+="/);
    expect(renderInline("[<b>x</b>](/a)")).toBe('<a href="/a">&lt;b&gt;x&lt;/b&gt;</a>');
  });

  it("escapes entity tricks instead of decoding them", () => {
    expect(renderInline("[x](java&#115;cript:alert(1))")).not.toContain("<a");
    expect(renderInline("&lt;script&gt;")).toBe("&amp;lt;script&amp;gt;");
  });
});

describe("safeHref", () => {
  it("accepts only http(s), site paths, fragments and scheme-less relative paths", () => {
    expect(safeHref("http://a.example")).toBe("http://a.example");
    expect(safeHref("/products?q=a:b")).toBe("/products?q=a:b");
    expect(safeHref("products")).toBe("products");
    expect(safeHref("mailto:a@b.c")).toBeNull();
    expect(safeHref("https:/x")).toBeNull();
    expect(safeHref("")).toBeNull();
  });
});
