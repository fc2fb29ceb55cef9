import { describe, expect, it } from "vitest";
import { renderSource, renderString, unknownVariable } from "./templates";

const allowed = ["firstName", "loginUrl"] as const;

describe("template rendering", () => {
  it("escapes markup, quotes and ampersands in the HTML body", () => {
    const html = renderString('<p title="{{ firstName }}">Hi {{firstName}}</p>', allowed, { firstName: `<script>alert("x")</script> & 'co'` }, "html");
    expect(html).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;">Hi &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;</p>',
    );
  });

  it("keeps the plain text body as written and the subject on one line", () => {
    const out = renderSource({ subject: "Hello {{ firstName }}", bodyText: "Hi {{ firstName }} & co", bodyHtml: null }, allowed, { firstName: "Ada\r\nBcc: x@y.z" });
    expect(out.subject).toBe("Hello Ada Bcc: x@y.z");
    expect(out.text).toBe("Hi Ada\r\nBcc: x@y.z & co");
    expect(out.html).toBeNull();
  });

  it("renders a missing or empty value as nothing", () => {
    expect(renderString("[{{ firstName }}][{{ loginUrl }}]", allowed, { firstName: null }, "text")).toBe("[][]");
  });

  it("never reads past the declared variables", () => {
    expect(renderString("{{ constructor }}{{ __proto__ }}{{ toString }}", allowed, {}, "text")).toBe("");
    expect(renderString("{{ firstName.length }}", allowed, { firstName: "Ada" }, "text")).toBe("");
  });
});

describe("template validation", () => {
  it("accepts declared variables with any spacing", () => {
    expect(unknownVariable("{{firstName}} {{  loginUrl }}", allowed)).toBeNull();
  });

  it("names the first undeclared variable", () => {
    expect(unknownVariable("Hi {{ firstName }}, {{ password }}", allowed)).toBe("password");
  });

  it("refuses prototype names and expressions", () => {
    expect(unknownVariable("{{ constructor }}", allowed)).toBe("constructor");
    expect(unknownVariable("{{ __proto__ }}", allowed)).toBe("__proto__");
    expect(unknownVariable("{{ firstName.constructor }}", allowed)).toBe("firstName.constructor");
    expect(unknownVariable("{{ }}", allowed)).toBe("");
  });
});
