import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { makeCustomerUser } from "@/tests/customer-fixtures";
import { tag } from "@/tests/staff-fixtures";

import { searchCustomersForAgent } from "./agent-search";

describe("the agents' customer search", () => {
  it("finds a customer user by part of the e-mail, in any case, and by part of the name", async () => {
    const { user, t } = await makeCustomerUser();
    expect((await searchCustomersForAgent(`CU-${t}`.toUpperCase())).map((r) => r.id)).toEqual([user.id]);
    expect((await searchCustomersForAgent(`midt${t}`)).map((r) => r.id)).toEqual([user.id]);
    const [found] = await searchCustomersForAgent(user.email);
    expect(found).toMatchObject({
      email: user.email,
      customerNumber: user.customerNumber,
      company: { name: `Child ${t}` },
      website: { name: `Site ${t}` },
    });
  });

  it("reads digits as an exact customer number, never as part of one", async () => {
    const { user } = await makeCustomerUser();
    expect((await searchCustomersForAgent(String(user.customerNumber))).map((r) => r.id)).toEqual([user.id]);
    expect(await searchCustomersForAgent(String(user.customerNumber).slice(0, -1))).not.toContainEqual(
      expect.objectContaining({ id: user.id }),
    );
    expect(await searchCustomersForAgent("99999999999")).toEqual([]);
  });

  it("returns at most 25 matches, and nothing for an empty search or a literal wildcard", async () => {
    const shared = `agent-${tag()}`;
    for (let i = 0; i < 27; i++) await makeCustomerUser({ firstName: `${shared}-${i}` });
    expect(await searchCustomersForAgent(shared)).toHaveLength(25);
    expect(await searchCustomersForAgent("   ")).toEqual([]);
    expect(await searchCustomersForAgent("%")).toEqual([]);
    expect(await prisma.customerUser.count({ where: { firstName: { startsWith: shared } } })).toBe(27);
  });
});
