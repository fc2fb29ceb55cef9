import { describe, expect, it } from "vitest";

import { attachmentDisposition } from "./attachment";

describe("the download's file name", () => {
  it("keeps a plain name as it is", () => {
    expect(attachmentDisposition("customers-errors.csv")).toBe(
      `attachment; filename="customers-errors.csv"; filename*=UTF-8''customers-errors.csv`,
    );
  });

  it("saves spaces and umlauts under their own name, not as percent signs", () => {
    const header = attachmentDisposition("Kunden Müller-errors.csv");
    expect(header).toContain(`filename="Kunden M_ller-errors.csv"`);
    expect(header).toContain(`filename*=UTF-8''Kunden%20M%C3%BCller-errors.csv`);
    // what a browser reads from filename*
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe("Kunden Müller-errors.csv");
  });

  it("cannot be broken out of by quotes or line breaks in the name", () => {
    const header = attachmentDisposition('a".csv\r\nSet-Cookie: x=1');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.match(/"/g)).toHaveLength(2);
  });
});
