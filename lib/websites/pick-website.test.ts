import { describe, expect, it } from "vitest";

import { hostnameOf, pickWebsite } from "./pick-website";

const sites = [
  { code: "shop", baseUrl: "http://localhost:3000" },
  { code: "wholesale", baseUrl: "https://Wholesale.example.com/" },
];

describe("pickWebsite", () => {
  it("matches the request's host name, ignoring ports and case", () => {
    expect(pickWebsite(sites, "localhost:3104")?.code).toBe("shop");
    expect(pickWebsite(sites, "wholesale.example.com")?.code).toBe("wholesale");
    expect(hostnameOf("WHOLESALE.example.com:443")).toBe("wholesale.example.com");
  });

  it("falls back to the first website for an unknown host", () => {
    expect(pickWebsite(sites, "10.0.0.5:3000")?.code).toBe("shop");
    expect(pickWebsite(sites, null)?.code).toBe("shop");
    expect(pickWebsite([], "x")).toBeNull();
  });
});
