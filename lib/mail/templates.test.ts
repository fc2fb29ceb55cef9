import { describe, expect, it } from "vitest";

import { renderSource, renderString, renderWithSecrets, unknownVariable } from "./templates";

const allowed = ["firstName", "loginUrl"] as const;

describe("template rendering", () => {
  it("escapes markup, quotes and ampersands in the HTML body", () => {
    const html = renderString(
      '<p title="{{ firstName }}">Hi {{firstName}}</p>',
      allowed,
      { firstName: `<script>alert("x")</script> & 'co'` },
      "html",
    );
    expect(html).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;">Hi &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;</p>',
    );
  });

  it("links a web address in running text but not inside a tag or an existing link", () => {
    const vars = { loginUrl: "https://shop.example.com/login?a=1&b=2", firstName: "https://not.a.link.in.text" };
    expect(renderString("<p>Sign in at {{ loginUrl }}</p>", allowed, vars, "html")).toBe(
      '<p>Sign in at <a href="https://shop.example.com/login?a=1&amp;b=2">https://shop.example.com/login?a=1&amp;b=2</a></p>',
    );
    expect(renderString('<a href="{{ loginUrl }}">{{ loginUrl }}</a>', allowed, vars, "html")).toBe(
      '<a href="https://shop.example.com/login?a=1&amp;b=2">https://shop.example.com/login?a=1&amp;b=2</a>',
    );
    expect(renderString("<p>{{ loginUrl }}</p>", allowed, { loginUrl: "javascript:alert(1)" }, "html")).toBe(
      "<p>javascript:alert(1)</p>",
    );
    expect(renderString("Sign in at {{ loginUrl }}", allowed, vars, "text")).toBe(`Sign in at ${vars.loginUrl}`);
  });

  it("keeps the plain text body as written and the subject on one line", () => {
    const out = renderSource(
      { subject: "Hello {{ firstName }}", bodyText: "Hi {{ firstName }} & co", bodyHtml: null },
      allowed,
      { firstName: "Ada\r\nBcc: x@y.z" },
    );
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

describe("secrets in a rendered message", () => {
  const source = {
    subject: "Hi {{ firstName }}",
    bodyText: "Password: {{ password }}\nLink: {{ resetUrl }}",
    bodyHtml: '<a href="{{ resetUrl }}">reset</a> {{ password }}',
  };
  const vars = ["firstName", "password", "resetUrl"] as const;

  it("masks every place a secret variable renders, in each part, and leaves the rest as the recipient gets it", () => {
    const { clear, masked } = renderWithSecrets(
      source,
      vars,
      { firstName: "Ada", password: "P<&>1", resetUrl: "https://x.test/r?token=abc&x=1" },
      ["password", "resetUrl"],
      "••",
    );
    expect(clear).toEqual({
      subject: "Hi Ada",
      text: "Password: P<&>1\nLink: https://x.test/r?token=abc&x=1",
      html: '<a href="https://x.test/r?token=abc&amp;x=1">reset</a> P&lt;&amp;&gt;1',
    });
    expect(masked).toEqual({ subject: "Hi Ada", text: "Password: ••\nLink: ••", html: '<a href="••">reset</a> ••' });
  });

  it("masks nothing when no secret is rendered, and never a value that merely equals a secret", () => {
    expect(renderWithSecrets(source, vars, { firstName: "Ada" }, ["password", "resetUrl"], "••").masked).toBeNull();
    const same = renderWithSecrets(
      { subject: "{{ firstName }}", bodyText: "{{ firstName }}", bodyHtml: null },
      vars,
      { firstName: "abc", password: "abc" },
      ["password"],
      "••",
    );
    expect(same).toEqual({ clear: { subject: "abc", text: "abc", html: null }, masked: null });
  });
});
