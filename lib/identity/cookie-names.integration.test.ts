import { afterEach, describe, expect, it, vi } from "vitest";

/** The realms' cookie names as a server started with this APP_URL computes them. */
async function namesFor(appUrl: string) {
  vi.resetModules();
  vi.stubEnv("APP_URL", appUrl);
  const { STAFF_SESSION_COOKIE } = await import("./staff-auth");
  const { CUSTOMER_SESSION_COOKIE } = await import("./shop-auth");
  return [STAFF_SESSION_COOKIE, CUSTOMER_SESSION_COOKIE];
}

describe("session cookie names", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("carry the __Host- prefix when the app runs on https, so no other host or plain-http page can set them", async () => {
    expect(await namesFor("https://concierge.example.com")).toEqual([
      "__Host-concierge-staff.session-token",
      "__Host-concierge-shop.session-token",
    ]);
  });

  it("stay bare over http, where a browser refuses the prefix", async () => {
    expect(await namesFor("http://localhost:3000")).toEqual([
      "concierge-staff.session-token",
      "concierge-shop.session-token",
    ]);
  });
});
