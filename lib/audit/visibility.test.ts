import { describe, expect, it } from "vitest";

import { actorSeen } from "./visibility";

const sees =
  (...held: string[]) =>
  (p: string) =>
    held.includes(p);
const row = (actorLabel: string) => ({ actorStaffId: null, actorLabel, impersonationSessionId: null });

describe("who acted, as the audit log shows it", () => {
  it("names the customer user behind a storefront API write only to those who may view customer users", () => {
    const api = row("API: ERP for anna@example.com");
    expect(actorSeen(sees("users/user/view"), api)).toBe(false);
    expect(actorSeen(sees("customers/customer-user/view"), api)).toBe(true);
    expect(actorSeen(sees(), row("system"))).toBe(true);
  });
});
